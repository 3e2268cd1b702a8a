#!/usr/bin/env python3
"""The server figures of the README: latency of sequential requests, and the answers to idle,
half-open and many concurrent clients. Loopback only.

usage: python3 bench/serve_check.py KEIKAKU DB [SEQUENTIAL] [CONCURRENT]
"""
import http.client
import re
import socket
import subprocess
import sys
import threading
import time


def start(keikaku, db):
    server = subprocess.Popen([keikaku, "serve", "--db", db, "--port", "0"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, text=True)
    line = server.stdout.readline()
    port = int(re.search(r":(\d+)/api/", line).group(1))
    return server, port


def percentile(sorted_values, p):
    return sorted_values[min(len(sorted_values) - 1, int(len(sorted_values) * p / 100))]


def sequential(port, count):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    times = []
    for _ in range(count):
        started = time.perf_counter()
        connection.request("GET", "/api/documents")
        response = connection.getresponse()
        response.read()
        assert response.status == 200, response.status
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    print(f"{count} sequential GET /api/documents (keep-alive): p50 {percentile(times, 50):.2f} ms, "
          f"p90 {percentile(times, 90):.2f} ms, p99 {percentile(times, 99):.2f} ms, max {times[-1]:.2f} ms")


def one_request(port, results, index, timeout=60):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
            s.sendall(b"GET /api/concepts HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
            results[index] = int(data[9:12]) if data.startswith(b"HTTP/1.1 ") else "empty"
    except ConnectionResetError:
        results[index] = "reset"
    except OSError as error:
        results[index] = type(error).__name__


def stalled(port):
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(8)]
    half = [socket.create_connection(("127.0.0.1", port)) for _ in range(4)]
    for s in half:
        s.sendall(b"GET /api/documents HTTP/1.1\r\nHost: x\r\n")
    time.sleep(0.5)
    results = [None] * 20
    started = time.perf_counter()
    for i in range(20):
        one_request(port, results, i)
    elapsed = time.perf_counter() - started
    print(f"8 idle + 4 half-open clients held open: 20 requests answered {summary(results)} in {elapsed:.2f} s")
    for s in half:
        s.settimeout(15)
        try:
            answer = s.recv(200)
            print("  a half-open client got:", answer.split(b"\r\n")[0].decode())
        except OSError as error:
            print("  a half-open client got:", type(error).__name__)
        break
    for s in idle + half:
        s.close()


def summary(results):
    counts = {}
    for r in results:
        counts[r] = counts.get(r, 0) + 1
    return ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=str))


def concurrent(port, count):
    results = [None] * count
    threads = [threading.Thread(target=one_request, args=(port, results, i)) for i in range(count)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{count} concurrent clients: {summary(results)} in {time.perf_counter() - started:.2f} s")


def main():
    keikaku, db = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    clients = int(sys.argv[4]) if len(sys.argv) > 4 else 200
    server, port = start(keikaku, db)
    try:
        sequential(port, count)
        stalled(port)
        concurrent(port, clients)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
