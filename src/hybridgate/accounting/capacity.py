"""Capacity planning: GPUs needed for a daily token volume and a peak concurrency, given
what one GPU serves (pure arithmetic)."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GpuProfile:
    """What one GPU (or one tensor-parallel group, counted as `gpus_per_replica`) serves."""

    name: str
    tokens_per_second: float  # aggregate generation throughput at `max_concurrency`
    max_concurrency: int  # sequences batched at once before latency degrades
    gpus_per_replica: int = 1
    note: str = ""


# Order-of-magnitude figures from public vLLM benchmark reports (BF16/FP8, chat-length
# prompts); they vary 2x with prompt length, quantization and engine version. Measure your
# own (`hybridgate bench`) before buying hardware.
EXAMPLES: dict[str, GpuProfile] = {
    "8b-l4": GpuProfile("Llama-3.1-8B on 1x L4 24GB", 600, 32, note="FP8 weights"),
    "8b-a10g": GpuProfile("Llama-3.1-8B on 1x A10G 24GB", 800, 32),
    "8b-h100": GpuProfile("Llama-3.1-8B on 1x H100 80GB", 3000, 128),
    "70b-h100x2": GpuProfile(
        "Llama-3.3-70B on 2x H100 80GB (TP=2)", 1500, 64, gpus_per_replica=2, note="FP8"
    ),
    "gpt-oss-120b-h100": GpuProfile("gpt-oss-120b on 1x H100 80GB", 2000, 64, note="MXFP4"),
}


@dataclass(frozen=True, slots=True)
class CapacityPlan:
    replicas: int
    gpus: int
    by_throughput: int  # replicas the peak token rate needs
    by_concurrency: int  # replicas the peak concurrency needs
    peak_tokens_per_second: float
    utilization: float  # average load / provisioned throughput

    @property
    def bound(self) -> str:
        return "throughput" if self.by_throughput >= self.by_concurrency else "concurrency"


def plan(
    profile: GpuProfile,
    *,
    tokens_per_day: float,
    peak_concurrency: int,
    peak_to_average: float = 3.0,
    headroom: float = 0.8,
    redundancy: int = 0,
) -> CapacityPlan:
    """Replicas so that the peak rate (average * peak_to_average) runs at `headroom` of
    the profile's throughput and the peak concurrency fits; plus `redundancy` spares."""
    if tokens_per_day < 0 or peak_concurrency < 0:
        raise ValueError("volumes must not be negative")
    if not 0 < headroom <= 1 or peak_to_average < 1:
        raise ValueError("headroom in (0, 1], peak_to_average >= 1")
    average = tokens_per_day / 86400
    peak = average * peak_to_average
    by_rate = math.ceil(peak / (profile.tokens_per_second * headroom) - 1e-9)
    by_conc = math.ceil(peak_concurrency / profile.max_concurrency - 1e-9)
    replicas = max(by_rate, by_conc, 1) + redundancy
    provisioned = replicas * profile.tokens_per_second
    return CapacityPlan(
        replicas=replicas,
        gpus=replicas * profile.gpus_per_replica,
        by_throughput=by_rate,
        by_concurrency=by_conc,
        peak_tokens_per_second=peak,
        utilization=average / provisioned if provisioned else 0.0,
    )
