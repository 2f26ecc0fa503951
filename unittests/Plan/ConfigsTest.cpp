//===- ConfigsTest.cpp - configs files and the dispatcher -----------------===//

#include "mxmoe/Plan/Configs.h"
#include "mxmoe/Plan/Layer.h"
#include "mxmoe/Plan/Manifest.h"

#include "gtest/gtest.h"

#include <cstring>

using namespace mxmoe;

namespace {

ConfigEntry entry(ProblemShape p, int stage, int64_t maxTokens, Tile tile,
                  int64_t splitK = 1) {
  ConfigEntry e;
  e.name = "test";
  e.problem = p;
  e.stage = stage;
  e.maxTokens = maxTokens;
  e.choice.tile = tile;
  e.choice.splitK = splitK;
  e.predictedUs = 10.5;
  return e;
}

const ProblemShape kShape{Precision::A8W4, 2880, 2880, 128, 4};

ConfigTable sampleTable() {
  ConfigTable t;
  t.chip = "gfx950";
  t.path = "configs/test.json";
  t.entries = {entry(kShape, 1, 1, {16, 128, 256, 4}),
               entry(kShape, 2, 1, {16, 256, 128, 4}, 2),
               entry(kShape, 1, 256, {64, 128, 128, 8}),
               entry(kShape, 2, 256, {64, 128, 128, 8})};
  t.entries[3].origin = ConfigOrigin::HardwareMeasured;
  t.entries[3].measuredUs = 42.0;
  // Decode: non-temporal weight loads.
  t.entries[0].choice.weightCache = WeightCache::NT;
  t.entries[1].choice.weightCache = WeightCache::NT;
  // An occupancy target on the decode stage 2 (absent elsewhere: 0).
  t.entries[1].choice.wavesPerEU = 4;
  // Prefill: the XCD-grouped order, a persistent stage 2.
  t.entries[2].choice.order = WorkgroupOrder::XcdGrouped;
  t.entries[3].choice.order = WorkgroupOrder::XcdGrouped;
  t.entries[3].choice.persistentWorkgroups = 768;
  // A deeper pipeline on the decode stage 1.
  t.entries[0].choice.pipelineDepth = 3;
  // K split over two wave groups on the decode stage 2.
  t.entries[1].choice.kWaveGroups = 2;
  return t;
}

} // namespace

TEST(Configs, PrintParseRoundTrip) {
  ConfigTable t = sampleTable();
  std::string text = printConfigTable(t);
  ConfigParse parse = parseConfigTable(text, "configs/test.json", "gfx950");
  ASSERT_EQ(parse.error, "");
  ASSERT_TRUE(parse.table);
  ASSERT_EQ(parse.table->entries.size(), 4u);
  const ConfigEntry &e = parse.table->entries[1];
  EXPECT_EQ(e.choice.tile.n, 256);
  EXPECT_EQ(e.choice.splitK, 2);
  EXPECT_EQ(e.choice.combine, Combine::Atomic);
  EXPECT_EQ(e.choice.weightCache, WeightCache::NT);
  EXPECT_EQ(parse.table->entries[2].choice.weightCache, WeightCache::None);
  EXPECT_EQ(e.choice.wavesPerEU, 4);
  EXPECT_EQ(parse.table->entries[0].choice.wavesPerEU, 0);
  EXPECT_EQ(text.find("\"waves_per_eu\""), text.rfind("\"waves_per_eu\""))
      << "only the entry with a target names one";
  EXPECT_EQ(parse.table->entries[3].measuredUs, 42.0);
  EXPECT_EQ(e.choice.order, WorkgroupOrder::Linear);
  EXPECT_EQ(e.choice.persistentWorkgroups, 0);
  EXPECT_EQ(parse.table->entries[2].choice.order, WorkgroupOrder::XcdGrouped);
  EXPECT_EQ(parse.table->entries[2].choice.persistentWorkgroups, 0);
  EXPECT_EQ(parse.table->entries[3].choice.order, WorkgroupOrder::XcdGrouped);
  EXPECT_EQ(parse.table->entries[3].choice.persistentWorkgroups, 768);
  EXPECT_EQ(parse.table->entries[0].choice.pipelineDepth, 3);
  EXPECT_EQ(e.choice.pipelineDepth, 2);
  EXPECT_EQ(e.choice.kWaveGroups, 2);
  EXPECT_EQ(parse.table->entries[0].choice.kWaveGroups, 1);
  EXPECT_EQ(text.find("\"k_wave_groups\""), text.rfind("\"k_wave_groups\""))
      << "only the entry with a split names one";
  // The defaults are not written (files without the keys stay as they are).
  EXPECT_EQ(text.find("\"linear\""), std::string::npos);
  EXPECT_EQ(printConfigTable(*parse.table), text);
}

TEST(Configs, BucketsAndNearestShape) {
  ConfigTable t = sampleTable();
  EXPECT_EQ(t.find(kShape, 1, 1), &t.entries[0]);
  EXPECT_EQ(t.find(kShape, 1, 2), &t.entries[2]);
  EXPECT_EQ(t.find(kShape, 2, 100000), &t.entries[3]); // the largest bucket
  ProblemShape other = kShape;
  other.modelDim = 3072;
  EXPECT_EQ(t.find(other, 1, 1), nullptr);
  EXPECT_EQ(t.nearest(other, 1, 1), &t.entries[0]);
  other.precision = Precision::A4W4;
  EXPECT_EQ(t.nearest(other, 1, 1), nullptr);
}

TEST(Configs, MalformedOrInconsistentFilesGiveOneLine) {
  std::string good = printConfigTable(sampleTable());
  auto edit = [&](const std::string &from, const std::string &to,
                  size_t nth = 0) {
    std::string s = good;
    size_t at = s.find(from);
    for (size_t i = 0; i < nth; ++i)
      at = s.find(from, at + 1);
    EXPECT_NE(at, std::string::npos) << from;
    return s.replace(at, from.size(), to);
  };
  struct Bad {
    std::string json, error;
  } bad[] = {
      {"{\"chip\": ", "c.json: not JSON"},
      {"[1]", "c.json: expected a JSON object"},
      {edit("\"chip\": \"gfx950\"", "\"chip\": \"gfx942\""),
       "c.json: configs for chip 'gfx942', not 'gfx950'"},
      {edit("\"precision\": \"a8w4\"", "\"precision\": \"a9w4\""),
       "c.json: entry 0: needs \"precision\""},
      {edit("\"stage\": 1", "\"stage\": 3"),
       "c.json: entry 0: \"stage\" must be 1 or 2"},
      {edit("\"model_dim\": 2880", "\"model_dim\": -1"),
       "c.json: entry 0: needs positive integers"},
      {edit("\"k\": 256", "\"k\": 96"),
       "c.json: entry 0: tile k (96) must be a multiple of 128"},
      {edit("\"pipeline_depth\": 3", "\"pipeline_depth\": 1"),
       "c.json: entry 0: pipeline_depth must be an integer in [2, 4] (K steps "
       "of loads in flight plus the one the MFMAs consume)"},
      {edit("\"pipeline_depth\": 2", "\"pipeline_depth\": 5"),
       "c.json: entry 1: pipeline_depth must be an integer in [2, 4]"},
      {edit("\"k_wave_groups\": 2", "\"k_wave_groups\": 3"),
       "c.json: entry 1: \"k_wave_groups\" must be an integer in [1, 8] that "
       "divides the tile's 4 waves"},
      {edit("\"k_wave_groups\": 2", "\"k_wave_groups\": 0"),
       "c.json: entry 1: \"k_wave_groups\" must be an integer in [1, 8]"},
      {edit("\"weight_cache\": \"nt\"", "\"weight_cache\": \"sc1\""),
       "c.json: entry 0: needs \"weight_cache\" (none or nt)"},
      {edit(", \"weight_cache\": \"none\"", "", 0),
       "c.json: entry 2: needs \"weight_cache\" (none or nt)"},
      {edit("\"waves_per_eu\": 4", "\"waves_per_eu\": 9"),
       "c.json: entry 1: \"waves_per_eu\" must be 0 or an integer in [1, 8]"},
      {edit("\"waves_per_eu\": 4", "\"waves_per_eu\": \"4\""),
       "c.json: entry 1: \"waves_per_eu\" must be 0 or an integer in [1, 8]"},
      {edit("\"workgroup_order\": \"xcd\"", "\"workgroup_order\": \"zigzag\""),
       "c.json: entry 2: \"workgroup_order\" must be one of linear or xcd"},
      {edit("\"workgroup_order\": \"xcd\"", "\"workgroup_order\": 1"),
       "c.json: entry 2: \"workgroup_order\" must be a string"},
      {edit("\"workgroup_order\": \"xcd\"",
            "\"workgroup_order\": \"xcd\", \"persistent_workgroups\": 5"),
       "c.json: entry 2: \"persistent_workgroups\" belongs to stage 2 entries"},
      {edit("\"persistent_workgroups\": 768", "\"persistent_workgroups\": -1"),
       "c.json: entry 3: \"persistent_workgroups\" must be a positive "
       "integer"},
      {edit("\"combine\": \"atomic\"", "\"combine\": \"sum\""),
       "c.json: entry 1: stage 2 needs \"combine\""},
      {edit("\"origin\": \"model-tuned\"", "\"origin\": \"guessed\""),
       "c.json: entry 0: \"origin\" must be"},
      {edit("\"origin\": \"model-tuned\"", "\"origin\": \"hardware-measured\""),
       "c.json: entry 0: a hardware-measured entry needs \"measured_us\""},
      // Inconsistent: both stages of a bucket on one tile m.
      {edit("\"m\": 16", "\"m\": 32", 1),
       "c.json: entry 1: tile m 32 differs from stage 1's 16 (entry 0)"},
      // A duplicate, and a stage without its partner.
      {edit("\"max_tokens\": 256", "\"max_tokens\": 1"),
       "c.json: entry 2: duplicates entry 0"},
      {edit("\"max_tokens\": 256", "\"max_tokens\": 64", 1),
       "c.json: entry 2: stage 1 has no stage-2 entry"},
  };
  for (const Bad &b : bad) {
    ConfigParse p = parseConfigTable(b.json, "c.json", "gfx950");
    EXPECT_FALSE(p.table) << b.error;
    EXPECT_EQ(p.error.rfind(b.error, 0), 0u) << p.error;
    EXPECT_EQ(p.error.find('\n'), std::string::npos) << p.error;
  }
}

TEST(Configs, PlanLayerDispatches) {
  LayerConfig c = *knownModel("gpt-oss-120b");
  c.problem = kShape;
  c.tokenBuckets = {1, 200};
  ConfigTable t = sampleTable();
  // The shape's own entries.
  std::vector<LayerVariant> v = planLayer(c, &t);
  EXPECT_EQ(v[0].stage1.tile.n, 128);
  EXPECT_EQ(v[0].stage1.tile.k, 256);
  EXPECT_EQ(v[0].stage2.splitK, 2);
  EXPECT_EQ(v[0].stage1.weightCache, WeightCache::NT);
  EXPECT_EQ(v[0].stage2.weightCache, WeightCache::NT);
  EXPECT_EQ(v[1].stage2.weightCache, WeightCache::None);
  EXPECT_EQ(v[0].stage2.order, WorkgroupOrder::Linear);
  EXPECT_EQ(v[1].stage1.order, WorkgroupOrder::XcdGrouped);
  EXPECT_EQ(v[1].stage2.order, WorkgroupOrder::XcdGrouped);
  EXPECT_EQ(v[1].stage2.persistentWorkgroups, 768);
  EXPECT_EQ(v[1].stage2.grid().workgroups(int64_t(200))[0], 768);
  EXPECT_NE(v[1].stage2.kernelName().find("_xcd_p768"), std::string::npos)
      << v[1].stage2.kernelName();
  EXPECT_EQ(v[0].stage1.pipelineDepth, 3);
  EXPECT_EQ(v[0].stage2.pipelineDepth, 2);
  EXPECT_NE(v[0].stage1.kernelName().find("w4_nt_d3"), std::string::npos)
      << v[0].stage1.kernelName();
  EXPECT_EQ(v[0].stage2.kernelName().find("_d3"), std::string::npos)
      << v[0].stage2.kernelName();
  EXPECT_EQ(v[0].stage2.kWaveGroups, 2);
  EXPECT_EQ(v[0].stage1.kWaveGroups, 1);
  EXPECT_NE(v[0].stage2.kernelName().find("_kw2"), std::string::npos)
      << v[0].stage2.kernelName();
  EXPECT_EQ(v[0].stage1.kernelName().find("_kw"), std::string::npos)
      << v[0].stage1.kernelName();
  EXPECT_EQ(v[0].sort.blockM, 16);
  EXPECT_EQ(v[1].stage1.tile.m, 64);
  EXPECT_EQ(v[1].sort.blockM, 64);
  for (const LayerKernel &k : v[0].kernels)
    if (k.role == KernelRole::Stage1)
      EXPECT_EQ(k.configSource, "configs/test.json#0 (model-tuned)");
    else if (k.role == KernelRole::Stage2)
      EXPECT_EQ(k.configSource, "configs/test.json#1 (model-tuned)");
    else if (k.role == KernelRole::Sort)
      EXPECT_EQ(k.configSource, "fixed");
  std::string manifest =
      writeLayerManifest({c, "gfx950", KernelAbi::Memref, v});
  EXPECT_NE(
      manifest.find("\"config\": \"configs/test.json#3 (hardware-measured)\""),
      std::string::npos);
  // The runtime re-plans tuned buckets from the manifest alone.
  llvm::Expected<LayerManifest> back = parseLayerManifest(manifest);
  ASSERT_TRUE(bool(back)) << llvm::toString(back.takeError());
  ASSERT_EQ(back->variants.size(), v.size());
  for (size_t b = 0; b < v.size(); ++b) {
    EXPECT_EQ(back->variants[b].stage1.weightCache, v[b].stage1.weightCache);
    EXPECT_EQ(back->variants[b].stage2.weightCache, v[b].stage2.weightCache);
    EXPECT_EQ(back->variants[b].stage1.order, v[b].stage1.order);
    EXPECT_EQ(back->variants[b].stage2.order, v[b].stage2.order);
    EXPECT_EQ(back->variants[b].stage2.persistentWorkgroups,
              v[b].stage2.persistentWorkgroups);
    EXPECT_EQ(back->variants[b].stage1.pipelineDepth,
              v[b].stage1.pipelineDepth);
    EXPECT_EQ(back->variants[b].stage2.pipelineDepth,
              v[b].stage2.pipelineDepth);
    EXPECT_EQ(back->variants[b].stage1.kWaveGroups, v[b].stage1.kWaveGroups);
    EXPECT_EQ(back->variants[b].stage2.kWaveGroups, v[b].stage2.kWaveGroups);
    ASSERT_EQ(back->variants[b].kernels.size(), v[b].kernels.size());
    for (size_t k = 0; k < v[b].kernels.size(); ++k)
      EXPECT_EQ(back->variants[b].kernels[k].name, v[b].kernels[k].name);
  }
  // Another shape: the nearest tuned shape's entries.
  LayerConfig d = c;
  d.problem.modelDim = 3072;
  v = planLayer(d, &t);
  for (const LayerKernel &k : v[0].kernels)
    if (k.role == KernelRole::Stage1)
      EXPECT_EQ(k.configSource, "nearest configs/test.json#0 (model-tuned, "
                                "tuned for d2880_i2880_e128_k4)");
  // A legality check that refuses split-K and n = 256 stage 2 kernels
  // drops the tuned pair of bucket 1 for the nearest (the same pair here)
  // and then the heuristic.
  LegalityCheck noSplit = [](const KernelConfig &k) -> std::string {
    if (const auto *s2 = std::get_if<Stage2Config>(&k))
      if (s2->splitK > 1)
        return "split-K refused";
    return "";
  };
  v = planLayer(c, &t, noSplit);
  EXPECT_EQ(v[0].stage2.splitK, 1);
  EXPECT_EQ(v[0].kernels.back().configSource, "heuristic");
  EXPECT_EQ(v[0].stage1.tile.m, v[0].sort.blockM);
  EXPECT_EQ(v[0].stage2.tile.m, v[0].sort.blockM);
  // Nothing legal: the last heuristic, 16x64x128 with 4 waves.
  v = planLayer(c, &t, [](const KernelConfig &) { return "no"; });
  EXPECT_EQ(v[0].stage1.tile.m, 16);
  EXPECT_EQ(v[0].stage1.tile.n, 64);
  // No table: the old fixed plan.
  std::vector<LayerVariant> fixed = planLayer(c);
  EXPECT_EQ(fixed[1].stage1.tile.m, 64);
  EXPECT_EQ(fixed[1].stage1.kernelName(),
            planLayer(c, nullptr)[1].stage1.kernelName());
}

TEST(Configs, HeuristicScalesTileMWithRowsPerExpert) {
  ProblemShape p{Precision::A16W4, 2880, 2880, 128, 4};
  EXPECT_EQ(heuristicChoices(p, 1).front().tile.m, 16);
  EXPECT_EQ(heuristicChoices(p, 4096).front().tile.m, 64);
  for (int64_t t : {1, 100, 100000}) {
    StageChoice last = heuristicChoices(p, t).back();
    EXPECT_EQ(last.tile.m, 16);
    EXPECT_EQ(last.tile.n, 64);
    EXPECT_EQ(last.tile.waves, 4);
  }
}

TEST(Configs, LayersStoreTheTunedFusedRoutingBound) {
  ConfigTable t = sampleTable();
  t.layers = {{"test", kShape, 16}};
  std::string text = printConfigTable(t);
  ConfigParse parse = parseConfigTable(text, "configs/test.json", "gfx950");
  ASSERT_EQ(parse.error, "");
  ASSERT_EQ(parse.table->layers.size(), 1u);
  EXPECT_EQ(parse.table->layers[0].name, "test");
  EXPECT_EQ(parse.table->fusedRoutingEntries(kShape), 16);
  EXPECT_EQ(printConfigTable(*parse.table), text);
  ProblemShape other = kShape;
  other.experts = 64;
  EXPECT_EQ(t.fusedRoutingEntries(other), std::nullopt);
  // Without "layers" (the files before the field): no tuned bound.
  EXPECT_EQ(printConfigTable(sampleTable()).find("\"layers\""),
            std::string::npos);

  // The planner takes the shape's bound when the layer gives none: T*K =
  // 4 and 16 fuse at 16, 32 does not; the last bucket never fuses.
  LayerConfig c = *knownModel("gpt-oss-120b");
  c.problem = kShape;
  c.tokenBuckets = {1, 4, 8, 200};
  c.slotRoutingTokens = 0; // sorting in the stages, or the sort kernel
  auto routings = [&](const LayerConfig &config, const ConfigTable *table) {
    std::vector<Routing> r;
    for (const LayerVariant &v : planLayer(config, table))
      r.push_back(v.routing);
    return r;
  };
  using R = std::vector<Routing>;
  const Routing F = Routing::Fused, S = Routing::SortKernel;
  EXPECT_EQ(fusedRoutingBound(c, &t), 16);
  EXPECT_EQ(routings(c, &t), (R{F, F, S, S}));
  // Another shape, or no table: the default bound (64: T = 8 fuses too).
  EXPECT_EQ(fusedRoutingBound(c, nullptr), kDefaultFusedRoutingEntries);
  EXPECT_EQ(routings(c, nullptr), (R{F, F, F, S}));
  LayerConfig d = c;
  d.problem = other;
  EXPECT_EQ(routings(d, &t), (R{F, F, F, S}));
  // The layer's own bound overrides the table's.
  c.fusedRoutingEntries = 0;
  EXPECT_EQ(routings(c, &t), (R{S, S, S, S}));
  c.fusedRoutingEntries = 32;
  EXPECT_EQ(routings(c, &t), (R{F, F, F, S}));
  // A manifest of the resolved config re-plans to the same routing.
  c.fusedRoutingEntries = std::nullopt;
  LayerConfig resolved = c;
  resolved.fusedRoutingEntries = fusedRoutingBound(c, &t);
  std::string manifest = writeLayerManifest(
      {resolved, "gfx950", KernelAbi::Memref, planLayer(c, &t)});
  EXPECT_NE(manifest.find("\"fused_routing_entries\": 16"), std::string::npos);
  llvm::Expected<LayerManifest> back = parseLayerManifest(manifest);
  ASSERT_TRUE(bool(back)) << llvm::toString(back.takeError());
  EXPECT_EQ(back->variants[1].routing, Routing::Fused);
  EXPECT_EQ(back->variants[2].routing, Routing::SortKernel);
}

TEST(Configs, LayersMayLowerTheFusedStagesBound) {
  ConfigTable t = sampleTable();
  t.layers = {{"test", kShape, 256, 1}};
  std::string text = printConfigTable(t);
  EXPECT_NE(text.find("\"fused_stages_tokens\": 1"), std::string::npos);
  ConfigParse parse = parseConfigTable(text, "configs/test.json", "gfx950");
  ASSERT_EQ(parse.error, "");
  EXPECT_EQ(parse.table->fusedStagesTokens(kShape), 1);
  EXPECT_EQ(printConfigTable(*parse.table), text);
  // Without the key: no tuned bound.
  ConfigTable none = sampleTable();
  none.layers = {{"test", kShape, 256}};
  EXPECT_EQ(printConfigTable(none).find("fused_stages_tokens"),
            std::string::npos);
  EXPECT_EQ(none.fusedStagesTokens(kShape), std::nullopt);

  // The tuned bound lowers the layer's own, never raises it.
  LayerConfig c = *knownModel("gpt-oss-120b");
  c.problem = kShape;
  EXPECT_EQ(fusedStagesBound(c, &t), 1);
  EXPECT_EQ(fusedStagesBound(c, &none), kDefaultFusedStagesTokens);
  EXPECT_EQ(fusedStagesBound(c, nullptr), kDefaultFusedStagesTokens);
  c.fusedStagesTokens = 0;
  EXPECT_EQ(fusedStagesBound(c, &t), 0);
  // And the plan follows it: with the table's bound 1 only bucket 1 may
  // launch as one kernel (it and bucket 2 qualify otherwise).
  c.fusedStagesTokens = kDefaultFusedStagesTokens;
  c.tokenBuckets = {1, 2, 200};
  // Bucket 2 with bucket 1's kernels (which qualify).
  for (ConfigTable *table : {&t, &none})
    for (int i : {0, 1}) {
      ConfigEntry e = table->entries[i];
      e.maxTokens = 2;
      table->entries.push_back(e);
    }
  auto launches = [&](const ConfigTable *table) {
    std::vector<StageLaunch> r;
    for (const LayerVariant &v : planLayer(c, table))
      r.push_back(v.launch);
    return r;
  };
  using L = std::vector<StageLaunch>;
  const StageLaunch F = StageLaunch::Fused, S = StageLaunch::Separate;
  EXPECT_EQ(launches(&none), (L{F, F, S}));
  EXPECT_EQ(launches(&t), (L{F, S, S}));
}

TEST(Configs, MalformedLayersGiveOneLine) {
  ConfigTable t = sampleTable();
  t.layers = {{"test", kShape, 64}};
  std::string good = printConfigTable(t);
  size_t layers = good.find("\"layers\"");
  ASSERT_NE(layers, std::string::npos);
  auto edit = [&](const std::string &from, const std::string &to) {
    std::string s = good;
    size_t at = s.find(from, layers);
    EXPECT_NE(at, std::string::npos) << from;
    return s.replace(at, from.size(), to);
  };
  std::string layer =
      good.substr(good.find('{', layers),
                  good.find('}', layers) + 1 - good.find('{', layers));
  struct Bad {
    std::string json, error;
  } bad[] = {
      {edit("\"layers\": [", "\"layers\": 3, \"unused\": ["),
       "c.json: \"layers\" must be an array"},
      {edit(layer, "7"), "c.json: layer 0: not an object"},
      {edit("\"precision\": \"a8w4\"", "\"precision\": \"a8\""),
       "c.json: layer 0: needs \"precision\" (a16w4, a8w4 or a4w4)"},
      {edit("\"topk\": 4", "\"topk\": 0"),
       "c.json: layer 0: needs positive integers model_dim, inter_dim, "
       "experts and topk"},
      {edit("\"fused_routing_entries\": 64", "\"fused_routing_entries\": -1"),
       "c.json: layer 0: needs an integer \"fused_routing_entries\" in [0, "
       "1024]"},
      {edit("\"fused_routing_entries\": 64", "\"fused_routing_entries\": 1025"),
       "c.json: layer 0: needs an integer \"fused_routing_entries\" in [0, "
       "1024]"},
      {edit("\"fused_routing_entries\": 64", "\"fused_routing_entries\": 1.5"),
       "c.json: layer 0: needs an integer \"fused_routing_entries\""},
      {edit(", \"fused_routing_entries\": 64", ""),
       "c.json: layer 0: needs an integer \"fused_routing_entries\""},
      {edit(layer, layer + ", " + layer),
       "c.json: layer 1: duplicates layer 0 (same shape)"},
      {edit("\"fused_routing_entries\": 64",
            "\"fused_routing_entries\": 64, \"fused_stages_tokens\": -1"),
       "c.json: layer 0: \"fused_stages_tokens\" must be an integer in [0, "
       "4096]"},
      {edit("\"fused_routing_entries\": 64",
            "\"fused_routing_entries\": 64, \"fused_stages_tokens\": \"8\""),
       "c.json: layer 0: \"fused_stages_tokens\" must be an integer in [0, "
       "4096]"},
  };
  for (const Bad &b : bad) {
    ConfigParse p = parseConfigTable(b.json, "c.json", "gfx950");
    EXPECT_FALSE(p.table) << b.error;
    EXPECT_EQ(p.error.rfind(b.error, 0), 0u) << p.error;
    EXPECT_EQ(p.error.find('\n'), std::string::npos) << p.error;
  }
}

TEST(Configs, LayersStoreTheTunedSlotRoutingBound) {
  ConfigTable t = sampleTable();
  t.layers = {{"test", kShape, 256}};
  t.layers[0].slotRoutingTokens = 8;
  std::string text = printConfigTable(t);
  EXPECT_NE(text.find("\"slot_routing_tokens\": 8"), std::string::npos);
  ConfigParse parse = parseConfigTable(text, "configs/test.json", "gfx950");
  ASSERT_EQ(parse.error, "");
  EXPECT_EQ(parse.table->slotRoutingTokens(kShape), 8);
  EXPECT_EQ(printConfigTable(*parse.table), text);
  // A bad value is refused in a line.
  std::string bad = text;
  bad.replace(bad.find("\"slot_routing_tokens\": 8"),
              std::strlen("\"slot_routing_tokens\": 8"),
              "\"slot_routing_tokens\": -1");
  ConfigParse refused = parseConfigTable(bad, "configs/test.json", "gfx950");
  EXPECT_NE(refused.error.find("\"slot_routing_tokens\" must be an integer in "
                               "[0, 4096]"),
            std::string::npos)
      << refused.error;
  // Without the key: the default.
  ConfigTable none = sampleTable();
  none.layers = {{"test", kShape, 256}};
  EXPECT_EQ(none.slotRoutingTokens(kShape), std::nullopt);
  LayerConfig c = *knownModel("gpt-oss-120b");
  c.problem = kShape;
  EXPECT_EQ(slotRoutingBound(c, &t), 8);
  EXPECT_EQ(slotRoutingBound(c, &none), kDefaultSlotRoutingTokens);
  // The layer's own bound wins; the plan follows the table's: buckets 4
  // and 8 route by slot (T*K <= E), 16 sorts in its stages.
  c.tokenBuckets = {4, 8, 16, 200};
  std::vector<Routing> r;
  for (const LayerVariant &v : planLayer(c, &t))
    r.push_back(v.routing);
  EXPECT_EQ(r, (std::vector<Routing>{Routing::Slots, Routing::Slots,
                                     Routing::Fused, Routing::SortKernel}));
  c.slotRoutingTokens = 0;
  EXPECT_EQ(slotRoutingBound(c, &t), 0);
  EXPECT_EQ(planLayer(c, &t)[0].routing, Routing::Fused);
}
