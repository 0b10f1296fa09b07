"""Executes notebooks with nbclient and the lmath kernel, as a course's CI or nbgrader would.
Run by org.lmath.jupyter.JupyterKernelIT with /usr/bin/python3 and JUPYTER_PATH pointing at a
kernelspec installed into a temporary folder.

Usage: run_notebooks.py PICTURE.png NOTEBOOK.ipynb...
Prints "ok NAME (N cells, M pictures)" or "FAIL NAME: the error" for each notebook, saves the
first inline PNG it meets to PICTURE.png, and exits 1 when any notebook had an error cell.
"""
import base64
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

picture, notebooks = sys.argv[1], sys.argv[2:]
failed = 0
saved = False
for path in notebooks:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    started = time.time()
    client = NotebookClient(notebook, timeout=600, kernel_name="lmath", allow_errors=True,
                            resources={"metadata": {"path": os.path.dirname(path)}})
    client.execute()
    errors, pictures = [], 0
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            if output["output_type"] == "error":
                errors.append("\n".join(output["traceback"]))
            if output["output_type"] == "display_data" and "image/png" in output["data"]:
                pictures += 1
                if not saved:
                    with open(picture, "wb") as file:
                        file.write(base64.b64decode(output["data"]["image/png"]))
                    saved = True
                    print("picture from " + os.path.basename(path) + " saved to " + picture)
    name = os.path.basename(path)
    if errors:
        failed += 1
        print("FAIL " + name + ": " + errors[0], flush=True)
    else:
        print("ok %s (%d cells, %d pictures, %.1f s)" % (name, len(notebook.cells), pictures, time.time() - started), flush=True)
sys.exit(1 if failed else 0)
