import sys

from caregiver_app.cli.main import main

sys.exit(main())
