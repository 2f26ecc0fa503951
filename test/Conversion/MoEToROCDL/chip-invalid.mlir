// Requests a chip cannot honour are errors, never silent fallbacks.
// RUN: moe-opt %s -split-input-file --convert-moe-to-rocdl=chip=gfx942 -verify-diagnostics
// RUN: moe-opt %s -split-input-file --convert-moe-to-rocdl=chip=gfx90a -verify-diagnostics

func.func @scaled_mfma(%s: vector<4xf8E8M0FNU>, %a: vector<32xf4E2M1FN>, %c: vector<4xf32>) -> vector<4xf32> {
  // expected-error @+1 {{'moe.scaled_mfma' op needs the scaled MFMA instructions of gfx950; chip}}
  %0 = moe.scaled_mfma 16x16x128 (%s[0] * %a) * (%s[0] * %a) + %c : vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf8E8M0FNU>, vector<32xf4E2M1FN>, vector<4xf32>
  return %0 : vector<4xf32>
}

// -----

func.func @unpack_hw(%v: vector<8xf4E2M1FN>, %s: f8E8M0FNU) -> vector<8xbf16> {
  // expected-error @+1 {{strategy hw needs v_cvt_scalef32_pk_*_fp4 (gfx950); chip}}
  %0 = moe.fp4_unpack %v, %s strategy <hw> : vector<8xf4E2M1FN>, f8E8M0FNU -> vector<8xbf16>
  return %0 : vector<8xbf16>
}
