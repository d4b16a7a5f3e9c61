"""Make a demo data folder in which a dose comes due a minute or two from now.

Needs: the project's virtual environment (run with /work/main/.venv/bin/python).
Usage: .venv/bin/python tools/realpeers/prep_due.py DIR [MINUTES_AHEAD[,MINUTES_AHEAD...]]
(DIR must not exist; default 2). Adds one extra fixed schedule (10 mg) to the demo's baclofen with those times.
Prints the due times (HH:MM, local), one a line.
"""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import tzlocal

from caregiver_app.storage import open_store
from caregiver_app.system.clock import SystemClock


def main() -> int:
    data = Path(sys.argv[1])
    aheads = [int(a) for a in (sys.argv[2] if len(sys.argv) > 2 else "2").split(",")]
    app = Path(sys.executable).with_name("caregiver-app")
    subprocess.run([str(app), "--data-dir", str(data), "demo"], check=True, stdout=subprocess.DEVNULL)
    store = open_store(data / "caregiver.db", SystemClock())
    rid = store.people.list()[0].id
    med = store.medicines.list_for(rid)[0]
    now = datetime.now().astimezone()
    dues = [(now + timedelta(minutes=a)).replace(second=0, microsecond=0) for a in aheads]
    tz = str(tzlocal.get_localzone())
    store.schedules.save(med.id, "fixed", {"times": [[f"{d:%H:%M}", 10] for d in dues]}, tz=tz,
                         start_date=dues[0].date())
    store.close()
    for d in dues:
        print(f"{d:%H:%M}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
