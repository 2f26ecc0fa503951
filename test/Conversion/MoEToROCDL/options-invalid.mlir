// RUN: not moe-opt %s --convert-moe-to-rocdl=chip=gfx1100 2>&1 | FileCheck %s --check-prefix=CHIP
// RUN: not moe-opt %s --convert-moe-to-rocdl="unpack-strategy=fast" 2>&1 | FileCheck %s --check-prefix=STRATEGY

// CHIP: error: unknown chip 'gfx1100' (known: gfx950, gfx942, gfx90a)
// STRATEGY: error: unknown unpack-strategy 'fast' (expected auto, hw or sw)
func.func @f() {
  return
}
