//===- Configs.cpp - tuned kernel choices and the dispatcher --------------===//

#include "mxmoe/Plan/Configs.h"
#include "mxmoe/Plan/Layer.h"

#include "mxmoe/Format/Layouts.h"

#include "llvm/Support/JSON.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>
#include <tuple>

namespace mxmoe {

const char *stringify(ConfigOrigin origin) {
  switch (origin) {
  case ConfigOrigin::ModelTuned:
    return "model-tuned";
  case ConfigOrigin::HardwareMeasured:
    return "hardware-measured";
  }
  return "?";
}

namespace {

bool sameShape(const ProblemShape &a, const ProblemShape &b) {
  return a.precision == b.precision && a.modelDim == b.modelDim &&
         a.interDim == b.interDim && a.experts == b.experts && a.topk == b.topk;
}

/// Of the entries of one shape and stage, the one whose bucket covers
/// `tokens`.
const ConfigEntry *bucketOf(const std::vector<const ConfigEntry *> &entries,
                            int64_t tokens) {
  const ConfigEntry *best = nullptr, *largest = nullptr;
  for (const ConfigEntry *e : entries) {
    if (!largest || e->maxTokens > largest->maxTokens)
      largest = e;
    if (e->maxTokens >= tokens && (!best || e->maxTokens < best->maxTokens))
      best = e;
  }
  return best ? best : largest;
}

double logDistance(int64_t a, int64_t b) {
  return std::abs(std::log(double(a)) - std::log(double(b)));
}

} // namespace

const ConfigEntry *ConfigTable::find(const ProblemShape &problem, int stage,
                                     int64_t tokens) const {
  std::vector<const ConfigEntry *> same;
  for (const ConfigEntry &e : entries)
    if (e.stage == stage && sameShape(e.problem, problem))
      same.push_back(&e);
  return bucketOf(same, tokens);
}

const ConfigEntry *ConfigTable::nearest(const ProblemShape &problem, int stage,
                                        int64_t tokens) const {
  const ConfigEntry *closest = nullptr;
  double bestDistance = 0;
  for (const ConfigEntry &e : entries) {
    if (e.stage != stage || e.problem.precision != problem.precision)
      continue;
    const ProblemShape &q = e.problem;
    double d = logDistance(q.modelDim, problem.modelDim) +
               logDistance(q.interDim, problem.interDim) +
               logDistance(q.experts, problem.experts) +
               logDistance(q.topk, problem.topk);
    if (!closest || d < bestDistance) {
      closest = &e;
      bestDistance = d;
    }
  }
  return closest ? find(closest->problem, stage, tokens) : nullptr;
}

const LayerTuning *ConfigTable::layerTuning(const ProblemShape &problem) const {
  for (const LayerTuning &l : layers)
    if (sameShape(l.problem, problem))
      return &l;
  return nullptr;
}

std::optional<int64_t>
ConfigTable::fusedRoutingEntries(const ProblemShape &problem) const {
  const LayerTuning *l = layerTuning(problem);
  return l ? std::optional<int64_t>(l->fusedRoutingEntries) : std::nullopt;
}

std::optional<int64_t>
ConfigTable::fusedStagesTokens(const ProblemShape &problem) const {
  const LayerTuning *l = layerTuning(problem);
  return l ? l->fusedStagesTokens : std::nullopt;
}

std::optional<int64_t>
ConfigTable::slotRoutingTokens(const ProblemShape &problem) const {
  const LayerTuning *l = layerTuning(problem);
  return l ? l->slotRoutingTokens : std::nullopt;
}

namespace {

/// One element of "layers": a shape and its tuned fused-routing bound (and
/// fused-stages bound, optional).
std::optional<LayerTuning> parseLayerTuning(const llvm::json::Value &value,
                                            std::string &why) {
  const llvm::json::Object *o = value.getAsObject();
  if (!o) {
    why = "not an object";
    return std::nullopt;
  }
  LayerTuning l;
  if (auto name = o->getString("name"))
    l.name = name->str();
  std::optional<llvm::StringRef> precision = o->getString("precision");
  std::optional<Precision> p =
      precision ? parseEnum<Precision>(precision->str()) : std::nullopt;
  if (!p) {
    why = "needs \"precision\" (" + enumSpellings<Precision>() + ")";
    return std::nullopt;
  }
  l.problem.precision = *p;
  for (auto [key, to] : {std::pair{"model_dim", &l.problem.modelDim},
                         std::pair{"inter_dim", &l.problem.interDim},
                         std::pair{"experts", &l.problem.experts},
                         std::pair{"topk", &l.problem.topk}}) {
    std::optional<int64_t> v = o->getInteger(key);
    if (!v || *v <= 0) {
      why = "needs positive integers model_dim, inter_dim, experts and topk";
      return std::nullopt;
    }
    *to = *v;
  }
  std::optional<int64_t> bound = o->getInteger("fused_routing_entries");
  if (!bound || *bound < 0 || *bound > kMaxFusedRoutingEntries) {
    why = "needs an integer \"fused_routing_entries\" in [0, " +
          std::to_string(kMaxFusedRoutingEntries) + "]";
    return std::nullopt;
  }
  l.fusedRoutingEntries = *bound;
  // Optional token bounds.
  for (auto [key, to] :
       {std::pair{"fused_stages_tokens", &l.fusedStagesTokens},
        std::pair{"slot_routing_tokens", &l.slotRoutingTokens}}) {
    const llvm::json::Value *value = o->get(key);
    if (!value)
      continue;
    std::optional<int64_t> tokens = value->getAsInteger();
    if (!tokens || *tokens < 0 || *tokens > kMaxFusedQuantizeTokens) {
      why = "\"" + std::string(key) + "\" must be an integer in [0, " +
            std::to_string(kMaxFusedQuantizeTokens) + "]";
      return std::nullopt;
    }
    *to = *tokens;
  }
  return l;
}

} // namespace

ConfigParse parseConfigTable(const std::string &text, const std::string &path,
                             const std::string &expectChip) {
  ConfigParse result;
  auto fail = [&](const std::string &why) {
    result.table.reset();
    result.error = path + ": " + why;
    return result;
  };
  llvm::Expected<llvm::json::Value> value = llvm::json::parse(text);
  if (!value)
    return fail("not JSON: " + llvm::toString(value.takeError()));
  const llvm::json::Object *root = value->getAsObject();
  if (!root)
    return fail("expected a JSON object with \"chip\" and \"entries\"");
  ConfigTable table;
  table.path = path;
  std::optional<llvm::StringRef> chip = root->getString("chip");
  if (!chip)
    return fail("needs a \"chip\" string");
  table.chip = chip->str();
  if (!expectChip.empty() && table.chip != expectChip)
    return fail("configs for chip '" + table.chip + "', not '" + expectChip +
                "'");
  const llvm::json::Array *entries = root->getArray("entries");
  if (!entries)
    return fail("needs an \"entries\" array");
  for (size_t i = 0; i < entries->size(); ++i) {
    std::string at = "entry " + std::to_string(i) + ": ";
    const llvm::json::Object *o = (*entries)[i].getAsObject();
    if (!o)
      return fail(at + "not an object");
    ConfigEntry e;
    auto positive = [&](const llvm::json::Object *obj, const char *key,
                        int64_t &to) {
      std::optional<int64_t> v = obj->getInteger(key);
      if (!v || *v <= 0)
        return false;
      to = *v;
      return true;
    };
    if (auto name = o->getString("name"))
      e.name = name->str();
    std::optional<llvm::StringRef> precision = o->getString("precision");
    std::optional<Precision> p =
        precision ? parseEnum<Precision>(precision->str()) : std::nullopt;
    if (!p)
      return fail(at + "needs \"precision\" (" + enumSpellings<Precision>() +
                  ")");
    e.problem.precision = *p;
    int64_t stage = 0;
    if (!positive(o, "model_dim", e.problem.modelDim) ||
        !positive(o, "inter_dim", e.problem.interDim) ||
        !positive(o, "experts", e.problem.experts) ||
        !positive(o, "topk", e.problem.topk) ||
        !positive(o, "max_tokens", e.maxTokens))
      return fail(at + "needs positive integers model_dim, inter_dim, "
                       "experts, topk and max_tokens");
    if (!positive(o, "stage", stage) || (stage != 1 && stage != 2))
      return fail(at + "\"stage\" must be 1 or 2");
    e.stage = int(stage);
    const llvm::json::Object *tile = o->getObject("tile");
    Tile &t = e.choice.tile;
    if (!tile || !positive(tile, "m", t.m) || !positive(tile, "n", t.n) ||
        !positive(tile, "k", t.k) || !positive(tile, "waves", t.waves))
      return fail(at + "needs \"tile\": {m, n, k, waves} (positive integers)");
    if (t.k % 128 != 0)
      return fail(at + "tile k (" + std::to_string(t.k) +
                  ") must be a multiple of 128 (one pipeline step)");
    if (!positive(o, "split_k", e.choice.splitK))
      return fail(at + "needs a positive integer \"split_k\"");
    int64_t &depth = e.choice.pipelineDepth;
    if (!positive(o, "pipeline_depth", depth) || depth < 2 ||
        depth > kMaxPipelineDepth)
      return fail(at + "pipeline_depth must be an integer in [2, " +
                  std::to_string(kMaxPipelineDepth) +
                  "] (K steps of loads in flight plus the one the MFMAs "
                  "consume)");
    std::optional<llvm::StringRef> cache = o->getString("weight_cache");
    std::optional<WeightCache> wc =
        cache ? parseEnum<WeightCache>(cache->str()) : std::nullopt;
    if (!wc)
      return fail(at + "needs \"weight_cache\" (" +
                  enumSpellings<WeightCache>() + ")");
    e.choice.weightCache = *wc;
    // Optional: absent is the compiler's choice (0).
    if (const llvm::json::Value *w = o->get("waves_per_eu")) {
      std::optional<int64_t> v = w->getAsInteger();
      if (!v || *v < 0 || *v > kMaxWavesPerEU ||
          (*v > 0 && *v < (t.waves + 3) / 4))
        return fail(at + "\"waves_per_eu\" must be 0 or an integer in [" +
                    std::to_string((t.waves + 3) / 4) + ", " +
                    std::to_string(kMaxWavesPerEU) +
                    "] (the waves a workgroup puts on each SIMD, to 8)");
      e.choice.wavesPerEU = *v;
    }
    // Optional: absent is no split (1).
    if (const llvm::json::Value *g = o->get("k_wave_groups")) {
      std::optional<int64_t> v = g->getAsInteger();
      if (!v || *v < 1 || *v > kMaxKWaveGroups || t.waves % *v != 0)
        return fail(at + "\"k_wave_groups\" must be an integer in [1, " +
                    std::to_string(kMaxKWaveGroups) +
                    "] that divides the tile's " + std::to_string(t.waves) +
                    " waves");
      e.choice.kWaveGroups = *v;
    }
    if (std::optional<llvm::StringRef> order =
            o->getString("workgroup_order")) {
      std::optional<WorkgroupOrder> wo =
          parseEnum<WorkgroupOrder>(order->str());
      if (!wo)
        return fail(at + "\"workgroup_order\" must be one of " +
                    enumSpellings<WorkgroupOrder>());
      e.choice.order = *wo;
    } else if (o->get("workgroup_order")) {
      return fail(at + "\"workgroup_order\" must be a string (" +
                  enumSpellings<WorkgroupOrder>() + ")");
    }
    if (o->get("persistent_workgroups")) {
      if (e.stage != 2)
        return fail(at + "\"persistent_workgroups\" belongs to stage 2 "
                         "entries");
      if (!positive(o, "persistent_workgroups", e.choice.persistentWorkgroups))
        return fail(at + "\"persistent_workgroups\" must be a positive "
                         "integer");
    }
    std::optional<llvm::StringRef> combine = o->getString("combine");
    if (e.stage == 2) {
      std::optional<Combine> c =
          combine ? parseEnum<Combine>(combine->str()) : std::nullopt;
      if (!c)
        return fail(at + "stage 2 needs \"combine\" (" +
                    enumSpellings<Combine>() + ")");
      e.choice.combine = *c;
    } else if (combine) {
      return fail(at + "\"combine\" belongs to stage 2 entries");
    }
    std::optional<double> predicted = o->getNumber("predicted_us");
    if (!predicted || *predicted <= 0)
      return fail(at + "needs a positive \"predicted_us\"");
    e.predictedUs = *predicted;
    if (const llvm::json::Value *m = o->get("measured_us"))
      if (m->kind() != llvm::json::Value::Null) {
        std::optional<double> v = m->getAsNumber();
        if (!v || *v <= 0)
          return fail(at + "\"measured_us\" must be null or positive");
        e.measuredUs = *v;
      }
    std::optional<llvm::StringRef> origin = o->getString("origin");
    if (origin && *origin == stringify(ConfigOrigin::ModelTuned))
      e.origin = ConfigOrigin::ModelTuned;
    else if (origin && *origin == stringify(ConfigOrigin::HardwareMeasured))
      e.origin = ConfigOrigin::HardwareMeasured;
    else
      return fail(at + "\"origin\" must be \"model-tuned\" or "
                       "\"hardware-measured\"");
    if (e.origin == ConfigOrigin::HardwareMeasured && !e.measuredUs)
      return fail(at + "a hardware-measured entry needs \"measured_us\"");
    table.entries.push_back(e);
  }
  // Consistency: one entry per (shape, stage, bucket); both stages of a
  // shape's bucket present and on the same tile m.
  using Key = std::tuple<int, int64_t, int64_t, int64_t, int64_t, int64_t>;
  std::map<Key, size_t> stages[2];
  for (size_t i = 0; i < table.entries.size(); ++i) {
    const ConfigEntry &e = table.entries[i];
    const ProblemShape &p = e.problem;
    Key key{int(p.precision), p.modelDim, p.interDim,
            p.experts,        p.topk,     e.maxTokens};
    auto [it, added] = stages[e.stage - 1].try_emplace(key, i);
    if (!added)
      return fail("entry " + std::to_string(i) + ": duplicates entry " +
                  std::to_string(it->second) +
                  " (same shape, stage and max_tokens)");
  }
  for (auto &[key, i] : stages[0]) {
    auto other = stages[1].find(key);
    if (other == stages[1].end())
      return fail("entry " + std::to_string(i) +
                  ": stage 1 has no stage-2 entry for the same shape and "
                  "max_tokens");
    const ConfigEntry &a = table.entries[i], &b = table.entries[other->second];
    if (a.choice.tile.m != b.choice.tile.m)
      return fail("entry " + std::to_string(other->second) + ": tile m " +
                  std::to_string(b.choice.tile.m) + " differs from stage 1's " +
                  std::to_string(a.choice.tile.m) + " (entry " +
                  std::to_string(i) +
                  "); both stages read the sort's blocks of m rows");
  }
  for (auto &[key, i] : stages[1])
    if (!stages[0].count(key))
      return fail("entry " + std::to_string(i) +
                  ": stage 2 has no stage-1 entry for the same shape and "
                  "max_tokens");
  // "layers" is optional: a shape without one takes the default bound.
  if (const llvm::json::Value *layers = root->get("layers")) {
    const llvm::json::Array *array = layers->getAsArray();
    if (!array)
      return fail("\"layers\" must be an array");
    for (size_t i = 0; i < array->size(); ++i) {
      std::string at = "layer " + std::to_string(i) + ": ", why;
      std::optional<LayerTuning> l = parseLayerTuning((*array)[i], why);
      if (!l)
        return fail(at + why);
      for (size_t j = 0; j < table.layers.size(); ++j)
        if (sameShape(table.layers[j].problem, l->problem))
          return fail(at + "duplicates layer " + std::to_string(j) +
                      " (same shape)");
      table.layers.push_back(*l);
    }
  }
  result.table = std::move(table);
  return result;
}

std::string printConfigTable(const ConfigTable &table) {
  std::ostringstream os;
  auto q = [](const std::string &s) {
    std::string out;
    llvm::raw_string_ostream(out) << llvm::json::Value(s);
    return out;
  };
  os << "{\n  \"chip\": " << q(table.chip) << ",\n  \"about\": "
     << q("Tuned stage-kernel configurations per shape, stage and token "
          "bucket, written by moe-tune (see configs/README.md); "
          "predicted_us is the calibrated model's time (lib/Perf/Model.cpp), "
          "measured_us a hardware measurement where one exists.")
     << ",\n  \"entries\": [\n";
  for (size_t i = 0; i < table.entries.size(); ++i) {
    const ConfigEntry &e = table.entries[i];
    const ProblemShape &p = e.problem;
    const Tile &t = e.choice.tile;
    char predicted[32];
    std::snprintf(predicted, sizeof(predicted), "%.2f", e.predictedUs);
    os << "    {\"name\": " << q(e.name) << ", \"precision\": \""
       << stringify(p.precision) << "\", \"model_dim\": " << p.modelDim
       << ", \"inter_dim\": " << p.interDim << ", \"experts\": " << p.experts
       << ", \"topk\": " << p.topk << ", \"stage\": " << e.stage
       << ", \"max_tokens\": " << e.maxTokens
       << ",\n     \"tile\": {\"m\": " << t.m << ", \"n\": " << t.n
       << ", \"k\": " << t.k << ", \"waves\": " << t.waves
       << "}, \"split_k\": " << e.choice.splitK
       << ", \"pipeline_depth\": " << e.choice.pipelineDepth
       << ", \"weight_cache\": \"" << stringify(e.choice.weightCache) << "\"";
    if (e.choice.wavesPerEU > 0)
      os << ", \"waves_per_eu\": " << e.choice.wavesPerEU;
    if (e.stage == 2)
      os << ", \"combine\": \"" << stringify(e.choice.combine) << "\"";
    // Written only where they differ from the defaults.
    if (e.choice.order != WorkgroupOrder::Linear)
      os << ", \"workgroup_order\": \"" << stringify(e.choice.order) << "\"";
    if (e.choice.persistentWorkgroups > 0)
      os << ", \"persistent_workgroups\": " << e.choice.persistentWorkgroups;
    if (e.choice.kWaveGroups > 1)
      os << ", \"k_wave_groups\": " << e.choice.kWaveGroups;
    os << ", \"predicted_us\": " << predicted << ", \"measured_us\": ";
    if (e.measuredUs)
      os << *e.measuredUs;
    else
      os << "null";
    os << ", \"origin\": \"" << stringify(e.origin) << "\"}"
       << (i + 1 < table.entries.size() ? "," : "") << "\n";
  }
  os << "  ]";
  if (!table.layers.empty()) {
    os << ",\n  \"layers\": [\n";
    for (size_t i = 0; i < table.layers.size(); ++i) {
      const LayerTuning &l = table.layers[i];
      const ProblemShape &p = l.problem;
      os << "    {\"name\": " << q(l.name) << ", \"precision\": \""
         << stringify(p.precision) << "\", \"model_dim\": " << p.modelDim
         << ", \"inter_dim\": " << p.interDim << ", \"experts\": " << p.experts
         << ", \"topk\": " << p.topk
         << ", \"fused_routing_entries\": " << l.fusedRoutingEntries
         << (l.fusedStagesTokens ? ", \"fused_stages_tokens\": " +
                                       std::to_string(*l.fusedStagesTokens)
                                 : std::string())
         << (l.slotRoutingTokens ? ", \"slot_routing_tokens\": " +
                                       std::to_string(*l.slotRoutingTokens)
                                 : std::string())
         << "}" << (i + 1 < table.layers.size() ? "," : "") << "\n";
    }
    os << "  ]";
  }
  os << "\n}\n";
  return os.str();
}

std::vector<StageChoice> heuristicChoices(const ProblemShape &problem,
                                          int64_t tokens) {
  // Rows per touched expert under uniform routing.
  double k = std::min<double>(problem.topk, problem.experts);
  double touched =
      problem.experts * (1.0 - std::pow(1.0 - k / problem.experts,
                                        double(std::max<int64_t>(1, tokens))));
  double rows = double(tokens) * problem.topk / std::max(1.0, touched);
  std::vector<StageChoice> choices;
  auto add = [&](int64_t m, int64_t n, int64_t waves) {
    StageChoice c;
    c.tile = {m, n, 128, waves};
    choices.push_back(c);
  };
  if (rows > 32)
    add(64, 128, 8);
  if (rows > 16)
    add(32, 64, 4);
  add(16, 64, 4);
  return choices;
}

} // namespace mxmoe
