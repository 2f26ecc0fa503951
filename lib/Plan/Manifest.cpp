//===- Manifest.cpp - write and read a compiled layer's manifest ----------===//

#include "mxmoe/Plan/Manifest.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"

#include <cmath>

namespace mxmoe {
namespace json = llvm::json;

namespace {

json::Value activationJson(const Activation &a) {
  json::Object o{{"kind", stringify(a.kind)}};
  if (a.kind == ActivationKind::SwiGLU) {
    o["alpha"] = a.alpha;
    o["limit"] =
        std::isinf(a.limit) ? json::Value("inf") : json::Value(a.limit);
  }
  return o;
}

llvm::Error fail(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "manifest: " + message);
}

/// Typed reads of an object's keys, each failing with the key's name.
struct Reader {
  const json::Object &object;
  std::string where;

  llvm::Expected<const json::Value *> get(llvm::StringRef key) const {
    const json::Value *v = object.get(key);
    if (!v)
      return fail(where + "\"" + key + "\" is missing");
    return v;
  }
  llvm::Expected<std::string> string(llvm::StringRef key) const {
    auto v = get(key);
    if (!v)
      return v.takeError();
    if (auto s = (*v)->getAsString())
      return s->str();
    return fail(where + "\"" + key + "\" must be a string");
  }
  llvm::Expected<int64_t> integer(llvm::StringRef key) const {
    auto v = get(key);
    if (!v)
      return v.takeError();
    if (auto i = (*v)->getAsInteger())
      return *i;
    return fail(where + "\"" + key + "\" must be an integer");
  }
  llvm::Expected<bool> boolean(llvm::StringRef key) const {
    auto v = get(key);
    if (!v)
      return v.takeError();
    if (auto b = (*v)->getAsBoolean())
      return *b;
    return fail(where + "\"" + key + "\" must be true or false");
  }
  template <typename E>
  llvm::Expected<E> enumeration(llvm::StringRef key) const {
    auto s = string(key);
    if (!s)
      return s.takeError();
    if (auto e = parseEnum<E>(*s))
      return *e;
    return fail(where + "\"" + key + "\" is '" + *s + "', expected " +
                enumSpellings<E>());
  }
  llvm::Expected<const json::Array *> array(llvm::StringRef key) const {
    auto v = get(key);
    if (!v)
      return v.takeError();
    if (auto a = (*v)->getAsArray())
      return a;
    return fail(where + "\"" + key + "\" must be an array");
  }
};

llvm::Expected<Activation> parseActivationJson(const json::Value &v) {
  const json::Object *o = v.getAsObject();
  if (!o)
    return fail("\"activation\" must be an object");
  Reader r{*o, "activation: "};
  auto kind = r.enumeration<ActivationKind>("kind");
  if (!kind)
    return kind.takeError();
  if (*kind == ActivationKind::SiLU)
    return Activation::silu();
  Activation a;
  auto alpha = r.get("alpha");
  if (!alpha)
    return alpha.takeError();
  if (auto d = (*alpha)->getAsNumber())
    a.alpha = *d;
  else
    return fail("activation: \"alpha\" must be a number");
  auto limit = r.get("limit");
  if (!limit)
    return limit.takeError();
  if (auto d = (*limit)->getAsNumber())
    a.limit = *d;
  else if (auto s = (*limit)->getAsString(); s && *s == "inf")
    a.limit = INFINITY;
  else
    return fail("activation: \"limit\" must be a number or \"inf\"");
  return a;
}

/// What the manifest says of one kernel must be what the plan builds.
llvm::Error checkKernel(const json::Value &v, const LayerKernel &k,
                        const std::string &where) {
  const json::Object *o = v.getAsObject();
  if (!o)
    return fail(where + "must be an object");
  Reader r{*o, where};
  auto mismatch = [&](llvm::StringRef key, const std::string &got,
                      const std::string &want) {
    return fail(where + "\"" + key + "\" is '" + got +
                "' but its configuration "
                "plans '" +
                want + "' (a manifest from another mxmoe version, or edited)");
  };
  for (auto [key, want] :
       {std::pair<llvm::StringRef, std::string>{"role", stringify(k.role)},
        {"name", k.name},
        {"file", k.file},
        {"llvm", llvmFileFor(k.file)}}) {
    auto got = r.string(key);
    if (!got)
      return got.takeError();
    if (*got != want)
      return mismatch(key, *got, want);
  }
  auto lanes = r.integer("lanes");
  if (!lanes)
    return lanes.takeError();
  if (*lanes != k.lanes)
    return mismatch("lanes", std::to_string(*lanes), std::to_string(k.lanes));
  auto args = r.array("args");
  if (!args)
    return args.takeError();
  std::string got, want;
  for (const json::Value &a : **args) {
    const json::Object *ao = a.getAsObject();
    auto name = ao ? ao->getString("name") : std::nullopt;
    auto type = ao ? ao->getString("type") : std::nullopt;
    if (!name || !type)
      return fail(where + "\"args\" entries need a \"name\" and a \"type\"");
    got += (got.empty() ? "" : ", ") + name->str() + ": " + type->str();
  }
  for (const KernelParam &p : k.params)
    want += (want.empty() ? "" : ", ") + p.name + ": " + p.type;
  if (got != want)
    return mismatch("args", got, want);
  return llvm::Error::success();
}

} // namespace

std::string llvmFileFor(const std::string &codeObjectFile) {
  llvm::StringRef f(codeObjectFile);
  f.consume_back(".hsaco");
  return f.str() + ".ll";
}

std::string writeLayerManifest(const LayerManifest &m) {
  const LayerConfig &c = m.config;
  const ProblemShape &p = c.problem;
  std::string text;
  llvm::raw_string_ostream os(text);
  // Keys in reading order (json::Object would sort them).
  json::OStream j(os, /*IndentSize=*/2);
  j.object([&] {
    j.attribute("format", kLayerManifestFormat);
    j.attribute("version", kLayerManifestVersion);
    j.attribute("model", c.model);
    j.attribute("chip", m.chip);
    j.attribute("abi", stringify(m.abi));
    j.attribute("abi_rule",
                m.abi == KernelAbi::Memref
                    ? "each memref parameter is 5 kernel arguments: "
                      "allocated pointer, aligned pointer, i64 offset (0), "
                      "i64 size, i64 stride (1)"
                    : "each memref parameter is one pointer in place; after "
                      "all parameters, one i32 element count per memref "
                      "parameter, in order");
    j.attribute("precision", stringify(p.precision));
    j.attribute("model_dim", p.modelDim);
    j.attribute("inter_dim", p.interDim);
    j.attribute("experts", p.experts);
    j.attribute("topk", p.topk);
    j.attribute("bias", c.bias);
    j.attribute("gate_up", stringify(c.gateUp));
    j.attribute("activation", activationJson(c.activation));
    j.attribute("quantize_input", c.quantizeInput);
    j.attribute("x", !hasMXActivations(p.precision) ? "bf16"
                     : c.quantizeInput ? "bf16, quantized by the quantize_x "
                                         "kernel"
                                       : "MX codes and scales (x, x_scales)");
    j.attribute("scale_rounding", stringify(c.scaleRounding));
    j.attribute("intermediate", stringify(c.intermediate()));
    j.attribute("y", stringify(c.out));
    j.attribute("combine", stringify(c.combine));
    j.attributeArray("token_buckets", [&] {
      for (const LayerVariant &v : m.variants)
        j.value(v.maxTokens);
    });
    j.attribute("fused_routing_entries", fusedRoutingBound(c, nullptr));
    j.attribute("fused_quantize_tokens", c.fusedQuantizeTokens);
    j.attribute("fused_stages_tokens", c.fusedStagesTokens);
    j.attribute("slot_routing_tokens", slotRoutingBound(c, nullptr));
    j.attribute("capacity", "ceil((T*K + E*(m-1)) / m) * m routed rows");
    j.attributeArray("buckets", [&] {
      for (const LayerVariant &v : m.variants)
        j.object([&] {
          j.attribute("max_tokens", v.maxTokens);
          j.attribute("m", v.stage1.tile.m);
          // fused: no sort kernel, the stage kernels sort topk_ids in LDS.
          j.attribute("routing", stringify(v.routing));
          // stage1: no quantize_x kernel, stage 1 quantizes x in LDS.
          j.attribute("input_quantize", stringify(v.inputQuantize));
          // fused: one kernel runs stage 1's tiles, then stage 2's.
          j.attribute("stage_launch", stringify(v.launch));
          // The plan's sort for the bucket; the runtime checks it re-plans
          // the same.
          j.attributeObject(stringify(KernelRole::Sort), [&] {
            j.attribute("kind", stringify(v.sort.kind));
            if (v.sort.kind == SortKind::MultiWorkgroup)
              j.attribute("chunk", v.sort.chunk);
          });
          // The stage kernels' configurations, as the dispatcher picked
          // them: the runtime re-plans the bucket from these.
          auto stage = [&](const char *key, const Tile &t, int64_t splitK,
                           const std::optional<Combine> &combine,
                           WeightCache cache, int64_t wavesPerEU,
                           WorkgroupOrder order, int64_t persistent,
                           int64_t depth, int64_t kWaveGroups,
                           const std::string &source) {
            j.attributeObject(key, [&] {
              j.attribute("tile_m", t.m);
              j.attribute("tile_n", t.n);
              j.attribute("tile_k", t.k);
              j.attribute("waves", t.waves);
              j.attribute("split_k", splitK);
              if (combine)
                j.attribute("combine", stringify(*combine));
              // Optional (absent: none), so version-1 readers of older
              // manifests still agree.
              j.attribute("weight_cache", stringify(cache));
              // Optional too: absent, the compiler's occupancy.
              if (wavesPerEU > 0)
                j.attribute("waves_per_eu", wavesPerEU);
              // Optional too, written only where not the default (linear,
              // one workgroup per tile).
              if (order != WorkgroupOrder::Linear)
                j.attribute("workgroup_order", stringify(order));
              if (persistent > 0)
                j.attribute("persistent_workgroups", persistent);
              if (depth != kDefaultPipelineDepth)
                j.attribute("pipeline_depth", depth);
              if (kWaveGroups > 1)
                j.attribute("k_wave_groups", kWaveGroups);
              j.attribute("config", source);
            });
          };
          stage(stringify(KernelRole::Stage1), v.stage1.tile, v.stage1.splitK,
                std::nullopt, v.stage1.weightCache, v.stage1.wavesPerEU,
                v.stage1.order, 0, v.stage1.pipelineDepth, v.stage1.kWaveGroups,
                v.stage1Source);
          stage(stringify(KernelRole::Stage2), v.stage2.tile, v.stage2.splitK,
                v.stage2.combine, v.stage2.weightCache, v.stage2.wavesPerEU,
                v.stage2.order, v.stage2.persistentWorkgroups,
                v.stage2.pipelineDepth, v.stage2.kWaveGroups, v.stage2Source);
          j.attributeArray("kernels", [&] {
            for (const LayerKernel &k : v.kernels)
              j.object([&] {
                j.attribute("role", stringify(k.role));
                j.attribute("name", k.name);
                j.attribute("file", k.file);
                j.attribute("llvm", llvmFileFor(k.file));
                j.attribute("lanes", k.lanes);
                j.attribute("grid", k.gridRule);
                j.attribute("config", k.configSource);
                j.attributeArray("args", [&] {
                  for (const KernelParam &a : k.params)
                    j.object([&] {
                      j.attribute("name", a.name);
                      j.attribute("type", a.type);
                      j.attribute("elements", a.elements);
                    });
                });
              });
          });
        });
    });
  });
  os << "\n";
  return text;
}

llvm::Expected<LayerManifest> parseLayerManifest(llvm::StringRef text) {
  llvm::Expected<json::Value> parsed = json::parse(text);
  if (!parsed)
    return fail("not JSON: " + llvm::toString(parsed.takeError()));
  const json::Object *o = parsed->getAsObject();
  if (!o)
    return fail("the top level must be an object");
  Reader r{*o, ""};
  auto format = r.string("format");
  if (!format)
    return format.takeError();
  if (*format != kLayerManifestFormat)
    return fail("\"format\" is '" + *format + "', expected '" +
                kLayerManifestFormat + "'");
  auto version = r.integer("version");
  if (!version)
    return version.takeError();
  if (*version != kLayerManifestVersion)
    return fail(llvm::formatv("version {0}, this mxmoe reads version {1}",
                              *version, kLayerManifestVersion)
                    .str());

  LayerManifest m;
  LayerConfig &c = m.config;
  // Every key read before the first error is reported.
  std::optional<llvm::Error> first;
  auto take = [&](auto expected, auto &into) {
    if (first)
      return llvm::consumeError(expected.takeError());
    if (!expected)
      first = expected.takeError();
    else
      into = *expected;
  };
  std::string gateUp;
  int64_t d = 0, i = 0, e = 0, k = 0;
  Precision precision = Precision::A16W4;
  const json::Array *bounds = nullptr, *buckets = nullptr;
  const json::Value *activation = nullptr;
  take(r.string("model"), c.model);
  take(r.string("chip"), m.chip);
  take(r.enumeration<KernelAbi>("abi"), m.abi);
  take(r.enumeration<Precision>("precision"), precision);
  take(r.integer("model_dim"), d);
  take(r.integer("inter_dim"), i);
  take(r.integer("experts"), e);
  take(r.integer("topk"), k);
  take(r.boolean("bias"), c.bias);
  take(r.boolean("quantize_input"), c.quantizeInput);
  take(r.string("gate_up"), gateUp);
  take(r.enumeration<ScaleRounding>("scale_rounding"), c.scaleRounding);
  take(r.enumeration<ElementType>("y"), c.out);
  take(r.enumeration<Combine>("combine"), c.combine);
  take(r.integer("fused_routing_entries"), c.fusedRoutingEntries);
  // Older manifests: every bucket launched the quantize kernel.
  c.fusedQuantizeTokens = 0;
  if (r.object.get("fused_quantize_tokens"))
    take(r.integer("fused_quantize_tokens"), c.fusedQuantizeTokens);
  // Older manifests: every bucket launched its stages separately.
  c.fusedStagesTokens = 0;
  if (r.object.get("fused_stages_tokens"))
    take(r.integer("fused_stages_tokens"), c.fusedStagesTokens);
  // Older manifests: every bucket that routed in its stages sorted.
  int64_t slots = 0;
  if (r.object.get("slot_routing_tokens"))
    take(r.integer("slot_routing_tokens"), slots);
  c.slotRoutingTokens = slots;
  take(r.array("token_buckets"), bounds);
  take(r.array("buckets"), buckets);
  take(r.get("activation"), activation);
  if (first)
    return std::move(*first);
  c.problem = {precision, d, i, e, k};
  auto arrangement = fmt::parseGateUpArrangement(gateUp);
  if (!arrangement)
    return fail("\"gate_up\" is '" + gateUp + "', not an arrangement");
  c.gateUp = *arrangement;
  auto act = parseActivationJson(*activation);
  if (!act)
    return act.takeError();
  c.activation = *act;
  c.tokenBuckets.clear();
  for (const json::Value &b : *bounds) {
    auto n = b.getAsInteger();
    if (!n || *n <= 0 ||
        (!c.tokenBuckets.empty() && *n <= c.tokenBuckets.back()))
      return fail("\"token_buckets\" must be positive integers, ascending");
    c.tokenBuckets.push_back(*n);
  }
  if (c.tokenBuckets.empty())
    return fail("\"token_buckets\" is empty");
  if (std::string why = checkLayerConfig(c); !why.empty())
    return fail(why);

  if (buckets->size() != c.tokenBuckets.size())
    return fail(llvm::formatv("{0} buckets, but \"token_buckets\" has {1}",
                              buckets->size(), c.tokenBuckets.size())
                    .str());
  for (size_t b = 0; b < c.tokenBuckets.size(); ++b) {
    std::string where = "bucket " + std::to_string(b) + ": ";
    const json::Object *bo = (*buckets)[b].getAsObject();
    if (!bo)
      return fail(where + "must be an object");
    StagePick picks[2];
    for (int s = 0; s < 2; ++s) {
      const char *key = stringify(s ? KernelRole::Stage2 : KernelRole::Stage1);
      const json::Object *so = bo->getObject(key);
      if (!so)
        return fail(where + "\"" + key + "\" is missing");
      Reader sr{*so, where + key + ": "};
      StageChoice &choice = picks[s].choice;
      take(sr.integer("tile_m"), choice.tile.m);
      take(sr.integer("tile_n"), choice.tile.n);
      take(sr.integer("tile_k"), choice.tile.k);
      take(sr.integer("waves"), choice.tile.waves);
      take(sr.integer("split_k"), choice.splitK);
      take(sr.string("config"), picks[s].source);
      if (s == 1)
        take(sr.enumeration<Combine>("combine"), choice.combine);
      if (so->get("weight_cache"))
        take(sr.enumeration<WeightCache>("weight_cache"), choice.weightCache);
      if (so->get("waves_per_eu"))
        take(sr.integer("waves_per_eu"), choice.wavesPerEU);
      if (so->get("workgroup_order"))
        take(sr.enumeration<WorkgroupOrder>("workgroup_order"), choice.order);
      if (s == 1 && so->get("persistent_workgroups"))
        take(sr.integer("persistent_workgroups"), choice.persistentWorkgroups);
      if (so->get("pipeline_depth"))
        take(sr.integer("pipeline_depth"), choice.pipelineDepth);
      if ((choice.pipelineDepth < 2 ||
           choice.pipelineDepth > kMaxPipelineDepth) &&
          !first)
        return fail(where + key + ": \"pipeline_depth\" must be in [2, " +
                    std::to_string(kMaxPipelineDepth) + "]");
      if (so->get("k_wave_groups"))
        take(sr.integer("k_wave_groups"), choice.kWaveGroups);
      if ((choice.kWaveGroups < 1 || choice.kWaveGroups > kMaxKWaveGroups ||
           (choice.tile.waves > 0 &&
            choice.tile.waves % choice.kWaveGroups != 0)) &&
          !first)
        return fail(where + key + ": \"k_wave_groups\" must be in [1, " +
                    std::to_string(kMaxKWaveGroups) + "] and divide \"waves\"");
      if (choice.persistentWorkgroups < 0 && !first)
        return fail(where + key + ": \"persistent_workgroups\" must be >= 0");
      if (first)
        return std::move(*first);
    }
    m.variants.push_back(planBucket(c, c.tokenBuckets[b], picks[0], picks[1]));
  }
  for (size_t b = 0; b < m.variants.size(); ++b) {
    const LayerVariant &v = m.variants[b];
    std::string where = "bucket " + std::to_string(b) + ": ";
    const json::Object *bo = (*buckets)[b].getAsObject();
    if (!bo)
      return fail(where + "must be an object");
    Reader br{*bo, where};
    auto maxTokens = br.integer("max_tokens");
    if (!maxTokens)
      return maxTokens.takeError();
    if (*maxTokens != v.maxTokens)
      return fail(where + "\"max_tokens\" disagrees with \"token_buckets\"");
    auto routing = br.enumeration<Routing>("routing");
    if (!routing)
      return routing.takeError();
    if (*routing != v.routing)
      return fail(where + "\"routing\" is '" + stringify(*routing) +
                  "' but \"fused_routing_entries\" and "
                  "\"slot_routing_tokens\" plan '" +
                  stringify(v.routing) + "'");
    InputQuantize inputQuantize = InputQuantize::None;
    if (bo->get("input_quantize")) {
      auto q = br.enumeration<InputQuantize>("input_quantize");
      if (!q)
        return q.takeError();
      inputQuantize = *q;
    } else if (v.inputQuantize == InputQuantize::Kernel) {
      inputQuantize = InputQuantize::Kernel; // before quantize_x was recorded
    }
    if (inputQuantize != v.inputQuantize)
      return fail(where + "\"input_quantize\" is '" + stringify(inputQuantize) +
                  "' but \"fused_quantize_tokens\" plans '" +
                  stringify(v.inputQuantize) + "'");
    StageLaunch launch = StageLaunch::Separate;
    if (bo->get("stage_launch")) {
      auto l = br.enumeration<StageLaunch>("stage_launch");
      if (!l)
        return l.takeError();
      launch = *l;
    }
    if (launch != v.launch)
      return fail(where + "\"stage_launch\" is '" + stringify(launch) +
                  "' but \"fused_stages_tokens\" plans '" +
                  stringify(v.launch) + "'");
    const char *sortKey = stringify(KernelRole::Sort);
    const json::Object *so = bo->getObject(sortKey);
    if (!so)
      return fail(where + "\"" + sortKey + "\" is missing");
    Reader sr{*so, where + sortKey + ": "};
    auto kind = sr.enumeration<SortKind>("kind");
    if (!kind)
      return kind.takeError();
    int64_t chunk = 0;
    if (*kind == SortKind::MultiWorkgroup) {
      auto c = sr.integer("chunk");
      if (!c)
        return c.takeError();
      chunk = *c;
    }
    if (*kind != v.sort.kind ||
        (*kind == SortKind::MultiWorkgroup && chunk != v.sort.chunk))
      return fail(where + sortKey + ": " + stringify(*kind) +
                  (chunk ? " (chunk " + std::to_string(chunk) + ")" : "") +
                  ", but its configuration plans " + stringify(v.sort.kind) +
                  (v.sort.chunk
                       ? " (chunk " + std::to_string(v.sort.chunk) + ")"
                       : "") +
                  " (a manifest from another mxmoe version, or edited)");
    auto kernels = br.array("kernels");
    if (!kernels)
      return kernels.takeError();
    if ((*kernels)->size() != v.kernels.size())
      return fail(llvm::formatv("{0}{1} kernels, but its configuration plans "
                                "{2}",
                                where, (*kernels)->size(), v.kernels.size())
                      .str());
    for (size_t n = 0; n < v.kernels.size(); ++n)
      if (llvm::Error e =
              checkKernel((**kernels)[n], v.kernels[n],
                          where + "kernel " + std::to_string(n) + ": "))
        return std::move(e);
  }
  return m;
}

} // namespace mxmoe
