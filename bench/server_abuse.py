#!/usr/bin/env python3
"""Hostile clients against a contacts-server on 127.0.0.1, for the figures of issue 14.

    bench/server_abuse.py PORT N idle|slowloris|longurl SECONDS

Opens N connections that send nothing (idle), a request line and a header and then one byte a
second (slowloris), or a request with a 2 MB search term (longurl); holds them SECONDS and
prints how many the server still keeps open. Measure the server's peak RSS around it with
`echo 5 > /proc/PID/clear_refs` before and `grep VmHWM /proc/PID/status` after, and normal
requests' latency with wrk meanwhile (docs/benchmarks.md, "contacts-server under abuse").
"""
import socket
import sys
import time

port, n, mode, hold = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
sockets = [socket.create_connection(("127.0.0.1", port)) for _ in range(n)]
for s in sockets:
    if mode == "slowloris":
        s.send(b"GET /api/whatsapp/contacts HTTP/1.1\r\nHost: x\r\n")
    elif mode == "longurl":
        s.send(b"GET /api/whatsapp/contacts?search=" + b"q" * 2**21 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
start = time.time()
while time.time() - start < hold:
    if mode == "slowloris":
        for s in sockets:
            try:
                s.send(b"X")
            except OSError:
                pass
    time.sleep(1)
open_count = 0
for s in sockets:
    s.setblocking(False)
    try:
        if s.recv(65536, socket.MSG_PEEK) != b"":
            open_count += 1  # an answer waiting: open until read
    except BlockingIOError:
        open_count += 1
    except OSError:
        pass
print(f"still open after {hold:.0f} s: {open_count} of {n}")
