"""The model behind a small interface: structured output, plain text and streamed text.

langchain-openai over the openai client, so any OpenAI-compatible endpoint works. Every call has a
timeout; rate limits and 5xx are retried with backoff (tenacity); a circuit breaker (pybreaker)
stops calling a dead endpoint for a while so it does not slow every message. Every request is logged
with its tokens. Callers catch LLMUnavailable and answer with the offline engine.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from typing import Any

import openai
import pybreaker
from langchain_core.messages import BaseMessage
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, SecretStr
from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_exponential

from memory.base.db import Database
from memory.base.settings import Settings
from memory.llm.model import BadOutput, LLMUnavailable, Schema
from memory.llm.usage import record_usage
from prompts import load_prompt

log = logging.getLogger("keqing.llm")
TRANSIENT = (openai.RateLimitError, openai.InternalServerError)


class OpenAIChat:
    def __init__(
        self, settings: Settings, db: Database | None, *, fail_max: int = 3, reset_seconds: float = 60
    ) -> None:
        self.model_name = settings.chat_model or "default"
        self.chat = ChatOpenAI(
            model=self.model_name,
            base_url=settings.openai_base_url,
            api_key=SecretStr(settings.openai_api_key or "not-needed"),
            timeout=settings.llm_timeout,
            max_retries=0,  # tenacity decides what is worth retrying
            temperature=0,
            max_tokens=settings.llm_max_tokens,
        )
        self.db = db
        self.breaker = pybreaker.CircuitBreaker(fail_max=fail_max, reset_timeout=reset_seconds)
        self._structured: dict[type[BaseModel], Any] = {}  # building one costs milliseconds a request

    def _log(self, purpose: str, started: float, usage: dict[str, Any] | None, error: str | None) -> None:
        if self.db is None:
            return
        usage = usage or {}
        with self.db.session() as session:
            record_usage(
                session=session,
                purpose=purpose,
                model=self.model_name,
                prompt_tokens=int(usage.get("input_tokens") or usage.get("prompt_tokens") or 0),
                completion_tokens=int(usage.get("output_tokens") or usage.get("completion_tokens") or 0),
                latency_ms=int((time.perf_counter() - started) * 1000),
                ok=error is None,
                error=error,
            )

    def _call(self, purpose: str, work: Any) -> Any:
        if self.breaker.current_state == pybreaker.STATE_OPEN:
            raise LLMUnavailable("circuit open")  # a dead endpoint is not asked again until the reset time
        started = time.perf_counter()
        try:
            result, usage = self.breaker.call(_retrying(work))
        except Exception as exc:  # the endpoint failed (the breaker counts it): logged, then offline
            self._log(purpose, started, None, repr(exc)[:500])
            log.warning("model call for %s failed: %r", purpose, exc)
            raise LLMUnavailable(str(exc)) from exc
        if isinstance(
            result, BadOutput
        ):  # the endpoint works, the model wrote junk: not the breaker's business
            self._log(purpose, started, usage, result.reason[:500])
            raise LLMUnavailable(result.reason)
        self._log(purpose, started, usage, None)
        return result

    def structured(self, prompt: str, schema: type[Schema], *, purpose: str, **values: Any) -> Schema:
        text = load_prompt(prompt).render(**values)
        if schema not in self._structured:
            self._structured[schema] = self.chat.with_structured_output(
                schema, method="json_schema", include_raw=True
            )
        runnable = self._structured[schema]

        def work() -> tuple[Schema | BadOutput, dict[str, Any] | None]:
            try:
                out = runnable.invoke(text)
            except (openai.LengthFinishReasonError, openai.ContentFilterFinishReasonError) as exc:
                usage = exc.completion.usage if exc.completion else None
                return BadOutput(repr(exc)), usage.model_dump() if usage else None
            raw: BaseMessage = out["raw"]
            usage_metadata = getattr(raw, "usage_metadata", None)
            if out.get("parsing_error") or out.get("parsed") is None:
                return BadOutput(f"unparseable output: {out.get('parsing_error')}"), usage_metadata
            return out["parsed"], usage_metadata

        result: Schema = self._call(purpose, work)
        return result

    def text(self, prompt: str, *, purpose: str, **values: Any) -> str:
        message = load_prompt(prompt).render(**values)

        def work() -> tuple[str, dict[str, Any] | None]:
            reply = self.chat.invoke(message)
            return str(reply.content), getattr(reply, "usage_metadata", None)

        result: str = self._call(purpose, work)
        return result

    def stream(self, prompt: str, *, purpose: str, **values: Any) -> Iterator[str]:
        """Tokens as they arrive; a failure before the first token raises LLMUnavailable."""
        message = load_prompt(prompt).render(**values)
        started = time.perf_counter()
        if self.breaker.current_state == pybreaker.STATE_OPEN:
            raise LLMUnavailable("circuit open")
        usage: dict[str, Any] | None = None
        try:
            for chunk in self.chat.stream(message, stream_usage=True):
                usage = getattr(chunk, "usage_metadata", None) or usage
                if chunk.content:
                    yield str(chunk.content)
        except Exception as exc:
            self._log(purpose, started, usage, repr(exc)[:500])
            raise LLMUnavailable(str(exc)) from exc
        self._log(purpose, started, usage, None)


def _retrying(work: Any) -> Any:
    return retry(
        retry=retry_if_exception_type(TRANSIENT),
        wait=wait_exponential(multiplier=0.5, max=4),
        stop=stop_after_attempt(3),
        reraise=True,
    )(work)
