# The assistant's image: the runtime only (no test tools, no model), every version from requirements.lock.
FROM python:3.11-slim

# The Chinese font for the team charts (without it every label is a tofu box).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# Dependencies first, from the lock alone: a code change does not reinstall them.
COPY requirements.lock pyproject.toml README.md ./
RUN mkdir -p bot memory knowledge prompts \
    && pip install --no-cache-dir -c requirements.lock . \
    && pip uninstall -y -q keqing
COPY alembic.ini ./
COPY bot bot
COPY memory memory
COPY knowledge knowledge
COPY prompts prompts
RUN pip install --no-cache-dir --no-deps -c requirements.lock .

# Not root: the bot needs to write only to its state directory.
RUN useradd --create-home --uid 10001 keqing && mkdir /data && chown keqing /data
USER keqing
ENV KEQING_HOME=/data PYTHONUNBUFFERED=1
VOLUME /data
# Webhook mode (KEQING_WEBHOOK_URL set) listens here; polling needs no port.
EXPOSE 8443

HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["keqing", "health"]
CMD ["keqing", "run"]
