"""The offline Indonesian stanza pipeline (bundled models in ``attribution/models/id``) and its tags."""

from .stanza_pipeline import (BUNDLED_MODELS_DIR, DEFAULT_PROCESSORS, LANG, MODEL_FILES, ModelDownloadError,
                              ModelNotFoundError, download_official, load_pipeline, official_resources_dir, parse)
from .tags import stanza_tags

__all__ = ["BUNDLED_MODELS_DIR", "DEFAULT_PROCESSORS", "LANG", "MODEL_FILES", "ModelDownloadError", "ModelNotFoundError",
           "download_official", "load_pipeline", "official_resources_dir", "parse", "stanza_tags"]
