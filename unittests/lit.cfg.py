# Runs the GoogleTest binaries as a lit suite (one lit test per gtest case).
import os

import lit.formats

config.name = "mxmoe-unit"
config.test_format = lit.formats.GoogleTest(".", "Tests")
config.test_source_root = config.mxmoe_unittests_dir
config.test_exec_root = config.mxmoe_unittests_dir
