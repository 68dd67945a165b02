// Text in the languages the planners write, for browser tests: phrases in
// Traditional and Simplified Chinese, Korean, Vietnamese and Spanish (with
// full-width punctuation, stacked Vietnamese diacritics and the currency
// signs), and plans whose every text field is written in them.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const templates = join(dirname(fileURLToPath(import.meta.url)), "../../assets/templates");

export const PHRASES = {
  "zh-Hant": ["雙11新品推廣", "提升品牌曝光度（預熱期）", "爆發期：直播間導購", "延續期的會員回購", "達成率與客單價",
    "私域社群招募新會員", "庫存不足的應變方案", "「限時」優惠券，¥50 起！"],
  "zh-Hans": ["双11新品推广", "新客首单转化率", "预热期种草视频", "爆发期直播带货", "物流延误的应对方案",
    "复购率提升到百分之二十？", "私域流量运营"],
  ko: ["더블11 신제품 프로모션", "인지도 향상", "전환율 개선 목표", "라이브 커머스 방송", "재구매 유도 문자 발송",
    "재고 부족 대응 계획", "쿠폰 ₩5,000 할인"],
  vi: ["Khuyến mãi 11.11", "Lượt hiển thị", "Tăng tỷ lệ chuyển đổi", "Phát trực tiếp bán hàng",
    "Giai đoạn bùng nổ", "Rủi ro hết hàng", "Nguyễn Thị Hương phụ trách", "Giảm 50.000 ₫ cho đơn đầu"],
  es: ["Lanzamiento de otoño", "Embudo de conversión", "¿Cuántos pedidos al día?", "Reseñas de clientes en España",
    "Campaña de anuncios: 2.000 €", "Año nuevo, señal de compra"],
};

// The keys of plan fields that hold free text (names, statements, notes).
const TEXT_KEYS = new Set(["name", "business", "channel", "what_worked", "missed_chances", "notes", "strengths",
  "weaknesses", "text", "needs", "wants", "expectations", "title", "statement", "metric", "owner", "product",
  "price", "place", "promotion", "awareness_message", "familiarity_message", "intent_message", "examples",
  "department", "label", "source", "problem", "suggestion", "findings", "decisions", "risk", "response",
  "resources", "outputs"]);

// The worked sample with every text field rewritten from `languages`'
// phrases in turn, under a new plan id.
export async function samplePlanIn(languages, name) {
  const file = JSON.parse(await readFile(join(templates, "sample-double-11.plan.json"), "utf8"));
  const phrases = languages.flatMap((l) => PHRASES[l]);
  let next = 0;
  const rewrite = (node) => {
    if (Array.isArray(node)) { node.forEach(rewrite); return; }
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === "string" && TEXT_KEYS.has(key)) node[key] = phrases[next++ % phrases.length];
      else rewrite(value);
    }
  };
  rewrite(file.plan);
  file.plan.id = `plan-${languages.join("-").toLowerCase()}`;
  file.plan.name = name;
  return file;
}
