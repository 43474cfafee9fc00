"""Words the synthetic archive is built with, which the benchmarks query for."""

COMMON_WORD = "tariffs"
RARE_WORD = "quasicrystal"
COMMON_ACTOR_ALIAS = "通用科技"
RARE_ACTOR_ALIAS = "稀有科技"
