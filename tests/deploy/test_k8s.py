"""deploy/k8s: the manifests parse, wire the gateway as compose does, and probe /healthz."""

from __future__ import annotations

from typing import Any

import yaml

from .files import GATEWAY_CONFIG, K8S, dockerfile_stages, exec_form


def _documents() -> dict[tuple[str, str], dict[str, Any]]:
    """Every resource kustomization.yaml lists, by (kind, name)."""
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for name in kustomization["resources"]:
        for doc in yaml.safe_load_all((K8S / name).read_text()):
            assert {"apiVersion", "kind", "metadata"} <= set(doc), name
            key = (doc["kind"], doc["metadata"]["name"])
            assert key not in found, key
            found[key] = doc
    return found


def _gateway() -> dict[str, Any]:
    pod = _documents()[("Deployment", "hybridgate")]["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    container["pod"] = pod
    return container  # type: ignore[no-any-return]


def test_two_replicas_behind_a_service() -> None:
    docs = _documents()
    deployment = docs[("Deployment", "hybridgate")]
    assert deployment["spec"]["replicas"] == 2
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert deployment["spec"]["selector"]["matchLabels"].items() <= labels.items()
    service = docs[("Service", "hybridgate")]
    assert service["spec"]["selector"].items() <= labels.items()
    (port,) = service["spec"]["ports"]
    assert port["targetPort"] == "http"
    assert docs[("PodDisruptionBudget", "hybridgate")]["spec"]["minAvailable"] == 1


def test_probes_hit_the_health_endpoint_on_the_served_port() -> None:
    container = _gateway()
    (port,) = container["ports"]
    args = container["args"]
    assert port["containerPort"] == int(args[args.index("--port") + 1])
    assert args == exec_form(next(a for k, a in dockerfile_stages()[-1] if k == "CMD"))
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"] == {"path": "/healthz", "port": port["name"]}


def test_runs_as_the_image_user_without_privileges() -> None:
    container = _gateway()
    security = container["pod"]["securityContext"]
    assert security["runAsNonRoot"] is True
    assert security["runAsUser"] == security["fsGroup"] == 10001
    assert container["securityContext"]["allowPrivilegeEscalation"] is False


def test_the_config_map_is_the_compose_config_and_secrets_feed_it() -> None:
    config_map = _documents()[("ConfigMap", "hybridgate-config")]
    assert config_map["data"]["hybridgate.yaml"] == GATEWAY_CONFIG.read_text()
    container = _gateway()
    env = {e["name"]: e for e in container["env"]}
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    assert env["HYBRIDGATE_CONFIG"]["value"] == f"{mounts['config']}/hybridgate.yaml"
    secret = yaml.safe_load((K8S / "secret.example.yaml").read_text())
    config = yaml.safe_load(GATEWAY_CONFIG.read_text())
    variables = [config["database_url"], config["redis_url"], config["models"][0]["api_key"]]
    for var in [v.removeprefix("env:") for v in variables]:
        ref = env[var]["valueFrom"]["secretKeyRef"]
        assert ref["name"] == secret["metadata"]["name"]
        assert ref["key"] in secret["stringData"]


def test_the_local_model_service_is_where_the_config_points() -> None:
    docs = _documents()
    config = yaml.safe_load(GATEWAY_CONFIG.read_text())
    (local,) = [m for m in config["models"] if m.get("hosted") is False]
    service = docs[("Service", "local-model")]
    assert local["base_url"] == f"http://local-model:{service['spec']['ports'][0]['port']}/v1"
    (vllm,) = docs[("Deployment", "local-model")]["spec"]["template"]["spec"]["containers"]
    args = vllm["args"]
    assert args[args.index("--served-model-name") + 1] == local["name"]
