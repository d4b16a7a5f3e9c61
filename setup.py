"""Package discovery for setuptools (everything else is in pyproject.toml): every package under src/, and the
top-level resources/ folder installed as ``caregiver_app.resources``."""
from setuptools import find_packages, setup

setup(
    packages=find_packages("src") + ["caregiver_app.resources"],
    package_dir={"": "src", "caregiver_app.resources": "resources"},
)
