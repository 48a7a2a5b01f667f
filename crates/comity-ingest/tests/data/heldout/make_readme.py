#!/usr/bin/env python3
"""Refresh the generated part of README.md (tables from report.py, output of build.py)."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = "<!-- generated below by make_readme.py -->"
readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
head = readme.split(MARK)[0] if MARK in readme else readme.split("| doc | half |")[0]
b = subprocess.run([sys.executable, "build.py"], cwd=HERE, capture_output=True, text=True)
r = subprocess.run([sys.executable, "report.py"], cwd=HERE, capture_output=True, text=True, check=True)
out = (head.rstrip("\n") + "\n\n" + MARK + "\n\n" + r.stdout + "\n## Validation (output of `python3 build.py`)\n\n```\n"
       + b.stdout + f"exit status {b.returncode}\n```\n")
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(out)
sys.exit(b.returncode)
