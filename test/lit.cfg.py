# lit configuration for mxmoe: FileCheck tests under test/ plus the
# GoogleTest binaries under build/unittests (run as one lit test each).
import os

import lit.formats

config.name = "mxmoe"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".mlir", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py",
                   "lit.site.cfg.py", "lit.site.cfg.py.in"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.mxmoe_obj_root, "test")

path = os.path.pathsep.join([config.mxmoe_tools_dir, config.llvm_tools_dir,
                             config.environment.get("PATH", "")])
config.environment["PATH"] = path

config.substitutions.append(("%mxmoe_src_root", config.mxmoe_src_root))
config.substitutions.append(("%mxmoe_obj_root", config.mxmoe_obj_root))
config.substitutions.append(("%mxmoe_docs_dir", config.mxmoe_docs_dir))
config.substitutions.append(("%ld_lld",
                             os.path.join(config.llvm_tools_dir, "ld.lld")))

# llvm::Statistic (and so Pass::Statistic) counts only when LLVM was built
# with assertions or LLVM_FORCE_ENABLE_STATS.
llvm_config_h = os.path.join(config.llvm_tools_dir, os.pardir, "include",
                             "llvm", "Config", "llvm-config.h")
try:
    with open(llvm_config_h) as f:
        if "#define LLVM_FORCE_ENABLE_STATS 1" in f.read():
            config.available_features.add("llvm-stats")
except OSError:
    pass
