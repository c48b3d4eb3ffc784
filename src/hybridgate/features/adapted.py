"""A difficulty router adapted to your traffic: the shipped (or current) router's score as
a prior, plus a ridge correction learned from your own labelled items.

    raw = base_weight * base_score + w . [embedding, hashed, counts * COUNTS_WEIGHT] + b

With tens of labels the ridge penalty keeps `w` near zero and the score is the base
router's, re-weighted; with more labels the correction grows. `hybridgate router train`
fits it (harness/router_adapt.py); the gateway loads it like any artefact."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .calibration import CalibrationRow, threshold_for
from .difficulty import COUNTS_WEIGHT, F32, RouterModel, prompt_hash

KIND = "adapted"
PREFIX = "base__"  # the base router's arrays, stored in the same file


@dataclass(frozen=True, slots=True)
class AdaptedRouter:
    base: RouterModel
    base_weight: float
    w: F32  # over [embedding, hashed, counts * COUNTS_WEIGHT]
    b: float
    quantiles: F32  # raw scores at quantiles 0, 1/100, ..., 1 of your items (out of fold)
    calibration: tuple[CalibrationRow, ...]
    meta: dict[str, object]
    prompt_hashes: npt.NDArray[np.uint64] = field(
        default_factory=lambda: np.zeros(0, dtype=np.uint64)
    )

    def raw(self, embedding: F32, hashed: F32, counts: F32) -> float:
        prior = self.base.calibrate(self.base.raw(embedding, hashed, counts))
        x = np.concatenate([embedding, hashed, counts * COUNTS_WEIGHT])
        return self.base_weight * prior + float(x @ self.w) + self.b

    def calibrate(self, raw: float) -> float:
        grid = np.linspace(0.0, 1.0, len(self.quantiles))
        return float(np.interp(raw, self.quantiles, grid))

    def trained_on(self, prompt: str) -> bool:
        h = np.uint64(prompt_hash(prompt))
        i = int(np.searchsorted(self.prompt_hashes, h))
        hit = i < len(self.prompt_hashes) and self.prompt_hashes[i] == h
        return bool(hit) or self.base.trained_on(prompt)

    def threshold(
        self, *, threshold: float | None, strong_share: float | None, quality_target: float | None
    ) -> float:
        """The score threshold for a config target (at most one is set; default 0.5)."""
        return threshold_for(
            self.calibration,
            threshold=threshold, strong_share=strong_share, quality_target=quality_target,
        )  # fmt: skip

    def save(self, path: Path) -> None:
        import io

        buffer = io.BytesIO()
        self.base.save_to(buffer)
        buffer.seek(0)
        with np.load(buffer) as z:
            base = {PREFIX + name: z[name] for name in z.files}
        table = np.array(
            [[r.threshold, r.strong_share, r.quality] for r in self.calibration], dtype=np.float64
        )
        with path.open("wb") as f:
            np.savez_compressed(
                f,
                kind=np.array(KIND),
                base_weight=np.array([self.base_weight]),
                w=self.w.astype(np.float32),
                b=np.array([self.b]),
                quantiles=self.quantiles.astype(np.float64),
                calibration=table,
                meta=np.array(json.dumps(self.meta, sort_keys=True)),
                prompt_hashes=self.prompt_hashes.astype(np.uint64),
                **base,
            )

    @classmethod
    def from_npz(cls, z: np.lib.npyio.NpzFile) -> AdaptedRouter:
        base = {name[len(PREFIX) :]: z[name] for name in z.files if name.startswith(PREFIX)}
        return cls(
            base=RouterModel.from_arrays(base),
            base_weight=float(z["base_weight"][0]),
            w=z["w"].astype(np.float32),
            b=float(z["b"][0]),
            quantiles=z["quantiles"].astype(np.float32),
            calibration=tuple(
                CalibrationRow(float(t), float(s), float(q)) for t, s, q in z["calibration"]
            ),
            meta=json.loads(str(z["meta"])),
            prompt_hashes=z["prompt_hashes"].astype(np.uint64),
        )


__all__ = ["KIND", "AdaptedRouter"]
