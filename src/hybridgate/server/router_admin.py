"""POST /v1/admin/router/reload: load the difficulty router again (router.difficulty.
artefact, else what `hybridgate router train --adopt` wrote under HYBRIDGATE_HOME, else the
shipped one) without a restart. Requests already scoring finish with the old router; the
threshold of a strong_share / quality_target is re-read from the new calibration table."""

from __future__ import annotations

import logging

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..config import Config
from ..errors import ConfigError, InvalidRequest, PermissionDenied
from ..features.difficulty import DifficultyScorer, Router, artefact_path, load_router
from ..gateway import Gateway
from ..routing.apis import Api, view

log = logging.getLogger(__name__)


def reconfigure(gateway: Gateway, scorer: DifficultyScorer, model: Router) -> Config:
    """Swap the scorer's router and the gateway's resolved threshold (each request reads
    the config's routing view once, so it sees the old or the new pair, never a mix...
    up to the one attribute swap between them, which only moves the threshold)."""
    config = gateway.config
    settings = config.router.difficulty
    assert settings is not None
    derived = settings.target is not None
    threshold = model.threshold(
        threshold=None if derived else settings.threshold,
        strong_share=settings.strong_share,
        quality_target=settings.quality_target,
    )
    router = config.router.model_copy(
        update={"difficulty": settings.model_copy(update={"threshold": threshold})}
    )
    new = config.model_copy(update={"router": router})
    scorer.swap(model)
    gateway.views = {api: view(new, api) for api in Api}
    gateway.config = new
    return new


async def reload_router(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    if gateway.config.auth.enabled:
        principal = await request.app.state.authenticator.authenticate(request)
        request.state.principal = principal
        if not principal.admin:
            raise PermissionDenied("Admin endpoints need the admin key")
    scorer = gateway.extractor.difficulty
    if not isinstance(scorer, DifficultyScorer) or gateway.config.router.difficulty is None:
        raise InvalidRequest("No difficulty router is configured (router.difficulty)")
    path = artefact_path(gateway.config, request.app.state.settings.state_dir())
    try:
        model = await anyio.to_thread.run_sync(load_router, path)
    except (OSError, KeyError, ValueError) as exc:
        raise ConfigError(f"the difficulty router cannot load: {exc}") from None
    config = reconfigure(gateway, scorer, model)
    settings = config.router.difficulty
    assert settings is not None
    log.info("difficulty router reloaded from %s", path or "the shipped artefact")
    return JSONResponse(
        {
            "artefact": str(path) if path else None,
            "threshold": settings.threshold,
            "meta": model.meta,
        }
    )


ROUTER_ADMIN_ROUTES = [Route("/v1/admin/router/reload", reload_router, methods=["POST"])]

__all__ = ["ROUTER_ADMIN_ROUTES", "reconfigure"]
