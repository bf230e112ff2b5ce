#!/usr/bin/env python3
"""A small LSP client that drives csharp-ls like an editor would, for scripts/editor-e2e.sh.

It opens the migrations of a copy of samples/ShopSample that samples/ShopSample/README.md lists under
"Expected diagnostics", and expects each documented MIG diagnostic with its range, message and severity (a
warning squiggle), and no other MIG diagnostic in those files.
Then, in RemoveCoupons.cs, it deletes the flagged `DropTable` statement as a user would (an incremental
didChange) and expects the squiggle to clear, then undoes the edit and expects it back.

Usage: editor_e2e_client.py SAMPLE_DIR LABEL -- SERVER_COMMAND...
Prints one line per step with the seconds it took; exits 1 on the first expectation that fails.
Python 3 standard library only.
"""

import json
import os
import pathlib
import queue
import subprocess
import sys
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the repository
from sample_expectations import EXPECTED  # noqa: E402  (scripts/ is on sys.path: the script's own folder)

EDITED = "20261125200849_RemoveCoupons.cs"
LOAD_TIMEOUT = float(os.environ.get("EDITOR_E2E_LOAD_TIMEOUT", "420"))
EDIT_TIMEOUT = float(os.environ.get("EDITOR_E2E_EDIT_TIMEOUT", "120"))


class Failure(Exception):
    pass


class Server:
    """JSON-RPC over the server's stdin/stdout, with Content-Length framing."""

    def __init__(self, command, cwd, settings, stderr_log):
        self.settings = settings
        self.process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr_log)
        self.next_id = 0
        self.responses = {}
        self.diagnostics = {}  # uri -> (arrival counter, [diagnostic])
        self.arrivals = 0
        self.condition = threading.Condition()
        self.log = []
        threading.Thread(target=self._read, daemon=True).start()

    def _send(self, message):
        body = json.dumps(message).encode("utf-8")
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    with self.condition:
                        self.condition.notify_all()
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            message = json.loads(stream.read(length))
            self._dispatch(message)

    def _dispatch(self, message):
        method = message.get("method")
        if method is not None and "id" in message:
            # A request from the server: answer what an editor would.
            result = None
            if method == "workspace/configuration":
                result = [self.settings.get(item.get("section", ""), None) for item in message["params"]["items"]]
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})
            return
        with self.condition:
            if method == "textDocument/publishDiagnostics":
                self.arrivals += 1
                self.diagnostics[message["params"]["uri"]] = (self.arrivals, message["params"]["diagnostics"])
            elif method == "window/logMessage":
                self.log.append(message["params"]["message"])
            elif method is None:
                self.responses[message["id"]] = message
            self.condition.notify_all()

    def request(self, method, params, timeout=120):
        self.next_id += 1
        request_id = self.next_id
        self._send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        with self.condition:
            while request_id not in self.responses:
                if self.process.poll() is not None:
                    raise Failure(f"csharp-ls exited ({self.process.returncode}) during {method}")
                if not self.condition.wait(timeout=max(0.0, deadline - time.monotonic())) and time.monotonic() > deadline:
                    raise Failure(f"no answer to {method} within {timeout:.0f} s")
        response = self.responses.pop(request_id)
        if "error" in response:
            raise Failure(f"{method} failed: {response['error']}")
        return response.get("result")

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for(self, describe, check, timeout):
        """Waits until check(diagnostics by uri) returns None (satisfied); otherwise it returns what is missing."""
        deadline = time.monotonic() + timeout
        with self.condition:
            while True:
                missing = check(self.diagnostics)
                if missing is None:
                    return
                if self.process.poll() is not None:
                    raise Failure(f"csharp-ls exited ({self.process.returncode}) while waiting for {describe}")
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise Failure(f"{describe}: not within {timeout:.0f} s; {missing}")
                self.condition.wait(timeout=min(remaining, 5))


def position_of(text, line, column):
    """LSP position (0-based line, UTF-16 column) of a 1-based line and column."""
    text_line = text.split("\n")[line - 1]
    return {"line": line - 1, "character": len(text_line[: column - 1].encode("utf-16-le")) // 2}


def mig_diagnostics(diagnostics_by_uri, uri):
    return [d for d in diagnostics_by_uri.get(uri, (0, []))[1] if str(d.get("code", "")).startswith("MIG")]


def main():
    separator = sys.argv.index("--")
    sample, label = pathlib.Path(sys.argv[1]).resolve(), sys.argv[2]
    command = sys.argv[separator + 1:]
    shop = sample / "Migrations" / "Shop"

    documents = {}
    expected_by_uri = {}
    for rule, name, line, column, covered, message in EXPECTED:
        path = shop / name
        uri = path.as_uri()
        text = path.read_text(encoding="utf-8-sig")
        start = position_of(text, line, column)
        source_line = text.split("\n")[line - 1]
        if source_line[column - 1: column - 1 + len(covered)] != covered:
            raise Failure(f"{name}:{line}:{column} is not '{covered}' (the sample changed; update EXPECTED)")
        end = {"line": start["line"], "character": start["character"] + len(covered)}
        documents[uri] = text
        expected_by_uri.setdefault(uri, []).append((rule, {"start": start, "end": end}, message))

    def diff(diagnostics_by_uri, uris):
        """None when every uri shows exactly its expected MIG diagnostics, else a description of the difference."""
        problems = []
        for uri in uris:
            got = sorted((d["code"], d.get("severity"), json.dumps(d["range"], sort_keys=True), d["message"])
                         for d in mig_diagnostics(diagnostics_by_uri, uri))
            # Severity 2: a warning, as on a developer's machine (the package makes them errors only in CI).
            want = sorted((r, 2, json.dumps(rng, sort_keys=True), m) for r, rng, m in expected_by_uri[uri])
            if got != want:
                problems.append(f"{pathlib.PurePosixPath(uri).name}: expected {want}, got {got}")
        return "; ".join(problems) if problems else None

    stderr_log = open(sample.parent / f"csharp-ls-{label}.log", "wb")
    settings = {"csharp": {"analyzersEnabled": True, "logLevel": "info"}}
    started = time.monotonic()
    server = Server(command, str(sample), settings, stderr_log)
    try:
        server.request("initialize", {
            "processId": os.getpid(),
            "clientInfo": {"name": "migration-analyzers-editor-e2e"},
            "rootUri": sample.as_uri(),
            "workspaceFolders": [{"uri": sample.as_uri(), "name": sample.name}],
            "capabilities": {
                "workspace": {"configuration": True, "workspaceFolders": True, "didChangeConfiguration": {"dynamicRegistration": False}},
                "textDocument": {
                    "synchronization": {"dynamicRegistration": False, "didSave": True},
                    "publishDiagnostics": {"relatedInformation": True, "versionSupport": True},
                },
            },
        })
        server.notify("initialized", {})
        server.notify("workspace/didChangeConfiguration", {"settings": settings})
        for uri, text in documents.items():
            server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "csharp", "version": 1, "text": text}})

        # 1. Every documented diagnostic, with its range and message.
        server.wait_for("the documented diagnostics", lambda d: diff(d, list(documents)), LOAD_TIMEOUT)
        loaded = time.monotonic()
        print(f"editor[{label}]: the 5 documented diagnostics shown as warnings, with the documented ranges and messages ({loaded - started:.1f} s after start, project load included)")

        # 2. Delete the flagged statement: `migrationBuilder.DropTable(\n    name: "Coupons");` and the blank line after it.
        uri = (shop / EDITED).as_uri()
        text = documents[uri]
        lines = text.split("\n")
        first = next(i for i, l in enumerate(lines) if "migrationBuilder.DropTable(" in l)
        if 'name: "Coupons"' not in lines[first + 1]:
            raise Failure(f"{EDITED}: the DropTable statement is not where expected")
        removed_range = {"start": {"line": first, "character": 0}, "end": {"line": first + 2, "character": 0}}
        removed_text = "\n".join(lines[first:first + 2]) + "\n"
        arrivals_at_edit = server.arrivals
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": removed_range, "text": ""}],
        })
        edit_started = time.monotonic()

        def cleared(d):
            if uri not in d or d[uri][0] <= arrivals_at_edit:
                return "no diagnostics published since the edit"
            left = mig_diagnostics(d, uri)
            return f"still shown: {left}" if left else None

        server.wait_for(f"the squiggle in {EDITED} to clear after the DropTable was deleted", cleared, EDIT_TIMEOUT)
        print(f"editor[{label}]: DropTable deleted in {EDITED}: MIG1001 cleared ({time.monotonic() - edit_started:.1f} s)")

        # 3. Undo: the statement comes back, and so does the squiggle.
        arrivals_at_edit = server.arrivals
        server.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": 3},
            "contentChanges": [{"range": {"start": removed_range["start"], "end": removed_range["start"]}, "text": removed_text}],
        })
        undo_started = time.monotonic()

        def back(d):
            if uri not in d or d[uri][0] <= arrivals_at_edit:
                return "no diagnostics published since the undo"
            return diff(d, [uri])

        server.wait_for(f"the squiggle in {EDITED} to come back after the undo", back, EDIT_TIMEOUT)
        print(f"editor[{label}]: undo: MIG1001 back with the same range and message ({time.monotonic() - undo_started:.1f} s)")

        try:
            server.request("shutdown", None, timeout=30)
            server.notify("exit", None)
        except Failure:
            pass
        print(f"editor[{label}]: OK ({time.monotonic() - started:.1f} s in all)")
        return 0
    except Failure as failure:
        print(f"editor[{label}]: FAILED: {failure}", file=sys.stderr)
        for line in server.log[-20:]:
            print(f"  csharp-ls: {line}", file=sys.stderr)
        return 1
    finally:
        if server.process.poll() is None:
            try:
                server.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.process.kill()
        stderr_log.close()


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Failure as failure:
        print(f"editor: FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
