"""The result kinds Kense ships: each module registers its kinds in `result_kinds`."""
