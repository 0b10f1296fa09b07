"""Drives the lmath kernel through jupyter_client, as JupyterLab and nbclient do, and checks
what a notebook user sees. Run by org.lmath.jupyter.JupyterKernelIT with /usr/bin/python3 and
JUPYTER_PATH pointing at a kernelspec installed into a temporary folder.

Prints one line per check ("ok NAME" or "FAIL NAME: why"), and "startup SECONDS" for the time
from starting the kernel to the first result; exits 1 when a check failed.
Expected values are written here by hand (arithmetic, the PNG format), not taken from lmath.
"""
import base64
import struct
import sys
import time

from jupyter_client.manager import start_new_kernel

TIMEOUT = 120
failures = []


def check(name, condition, detail=""):
    print(("ok " if condition else "FAIL ") + name + ("" if condition else ": " + detail), flush=True)
    if not condition:
        failures.append(name)


def shell_reply(client, msg_id, timeout=TIMEOUT):
    """The reply to one request (start_new_kernel leaves kernel_info replies in the channel)."""
    deadline = time.time() + timeout
    while True:
        reply = client.get_shell_msg(timeout=max(1, deadline - time.time()))
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def execute(client, code, timeout=TIMEOUT):
    """Runs a cell; returns (reply content, iopub outputs) like nbclient collects them."""
    msg_id = client.execute(code)
    outputs = []
    deadline = time.time() + timeout
    while True:
        message = client.get_iopub_msg(timeout=max(1, deadline - time.time()))
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        kind, content = message["msg_type"], message["content"]
        if kind == "status" and content["execution_state"] == "idle":
            break
        if kind in ("stream", "execute_result", "display_data", "error"):
            outputs.append((kind, content))
    return shell_reply(client, msg_id)["content"], outputs


def stdout_of(outputs):
    return "".join(c["text"] for k, c in outputs if k == "stream" and c["name"] == "stdout")


def result_of(outputs):
    results = [c["data"]["text/plain"] for k, c in outputs if k == "execute_result"]
    return results[0] if results else None


def errors_of(outputs):
    return [c for k, c in outputs if k == "error"]


def png_size(data):
    """Width and height from a PNG's IHDR chunk (PNG spec: 8-byte signature, then IHDR)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


started = time.time()
manager, client = start_new_kernel(kernel_name="lmath", startup_timeout=TIMEOUT)
try:
    reply, outputs = execute(client, "1 + 2")
    print("startup %.2f" % (time.time() - started), flush=True)
    check("result", result_of(outputs) == "3" and reply["status"] == "ok", repr(outputs))

    reply, outputs = execute(client, "x = 6 * 7\nprint(\"x is\", x)\nx / 2")
    check("stdout", stdout_of(outputs) == "x is 42\n", repr(outputs))
    check("last expression is the result", result_of(outputs) == "21", repr(outputs))

    reply, outputs = execute(client, "y = 1\nz = x + undefined_name")
    errors = errors_of(outputs)
    check("error reply", reply["status"] == "error", repr(reply))
    traceback = "\n".join(errors[0]["traceback"]) if errors else ""
    check("error names the cell line and column", ":2:9:" in traceback and "undefined_name" in traceback, traceback)
    caret_lines = [line for line in traceback.split("\n") if line.strip() == "^"]
    source_lines = [line for line in traceback.split("\n") if "z = x + undefined_name" in line]
    check("error has the source line and a caret under the name",
          len(caret_lines) == 1 and len(source_lines) == 1
          and caret_lines[0].index("^") == source_lines[0].index("undefined_name"), traceback)
    check("no Java stack trace", "at org." not in traceback and "Exception" not in traceback, traceback)

    reply, outputs = execute(client, "x + y")
    check("names kept after an error", result_of(outputs) == "43", repr(outputs))

    reply, outputs = execute(client, "plot([0, 1, 2, 3], [0, 1, 4, 9])\nshow()")
    images = [c["data"] for k, c in outputs if k == "display_data" and "image/png" in c["data"]]
    size = png_size(base64.b64decode(images[0]["image/png"])) if images else None
    check("show() sends an inline PNG", size is not None and size[0] >= 200 and size[1] >= 150, repr(size))
    check("show() writes no [plot] line", "[plot]" not in stdout_of(outputs), stdout_of(outputs))
    if images:
        with open(sys.argv[1] if len(sys.argv) > 1 else "/tmp/lmath-kernel-plot.png", "wb") as picture:
            picture.write(base64.b64decode(images[0]["image/png"]))

    reply, outputs = execute(client, "scatter([1, 2], [3, 4])")
    check("a cell that drew without show() shows its figure",
          any(k == "display_data" and "image/png" in c["data"] for k, c in outputs), repr([k for k, c in outputs]))

    reply, outputs = execute(client, ":plots png svg\nbar([1, 2], [3, 4])\nshow()\n:plots png")
    svgs = [c["data"]["image/svg+xml"] for k, c in outputs if k == "display_data" and "image/svg+xml" in c["data"]]
    check("svg when asked", len(svgs) == 1 and "<svg" in svgs[0], repr([k for k, c in outputs]))

    reply = shell_reply(client, client.complete("soft", 4))["content"]
    check("completion", "softmax" in reply["matches"] and reply["cursor_start"] == 0 and reply["cursor_end"] == 4, repr(reply))
    reply = shell_reply(client, client.complete("a = 1\nb = x + ", 14))["content"]
    check("completion offers session names", "x" in reply["matches"] and reply["cursor_start"] == 14, repr(reply))

    reply = shell_reply(client, client.inspect("softmax(z)", 3))["content"]
    text = reply.get("data", {}).get("text/plain", "")
    check("inspect shows help(name)", reply["found"] and "softmax(" in text, repr(reply))
    reply = shell_reply(client, client.inspect("nothing_called_this", 3))["content"]
    check("inspect of an unknown name finds nothing", not reply["found"], repr(reply))

    reply, outputs = execute(client, ":help softmax")
    check("help reachable from a cell", "softmax(" in stdout_of(outputs), repr(outputs))
    reply, outputs = execute(client, "%time sum([1, 2, 3])")
    check("%time", "time: " in stdout_of(outputs) and result_of(outputs) == "6", repr(outputs))

    msg_id = client.execute("n = 0\nwhile true { n = n + 1 }")
    time.sleep(2)
    began = time.time()
    manager.interrupt_kernel()
    reply = shell_reply(client, msg_id, timeout=60)
    check("interrupt stops while true {}", reply["content"]["status"] == "error"
          and time.time() - began < 30, repr(reply["content"]))
    reply, outputs = execute(client, "n > 0 and x == 42")
    check("the session survives the interrupt", result_of(outputs) == "true", repr(outputs))

    manager.restart_kernel(now=True)
    client.wait_for_ready(timeout=TIMEOUT)
    reply, outputs = execute(client, "2 * 21")
    check("restart gives a working kernel", result_of(outputs) == "42", repr(outputs))
    reply, outputs = execute(client, "x")
    check("restart forgets the names", reply["status"] == "error", repr(outputs))
finally:
    client.stop_channels()
    manager.shutdown_kernel(now=True)

sys.exit(1 if failures else 0)
