#include "plan_generator.h"

#include "core/plan_format.h"
#include "core/vocabulary.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace fp {

namespace {

// A realistic plan's texts: a cross-border shop selling in China, Korea and
// Vietnam, its team writing each item in the language of the market it is
// for. Item i is in language i % 4, in this order.
enum Language { Chinese, Korean, Vietnamese, English };
constexpr int kLanguages = 4;
constexpr int kPhrases = 6;
using Bank = const char* const[kLanguages][kPhrases];

constexpr Bank kTaskTitles = {
    {"直播间预热短视频拍摄", "小红书达人种草笔记投放", "天猫详情页改版", "会员日满减券配置",
     "抖音直播排期与脚本", "私域社群召回推送"},
    {"네이버 검색광고 키워드 정리", "카카오톡 채널 쿠폰 발송", "쿠팡 상세페이지 리뉴얼",
     "인스타그램 릴스 제작", "라이브커머스 방송 대본 작성", "리뷰 이벤트 당첨자 발표"},
    {"Quay video ngắn giới thiệu sản phẩm", "Chạy quảng cáo Shopee cho ngày 11.11",
     "Cập nhật trang sản phẩm trên Lazada", "Livestream bán hàng trên TikTok Shop",
     "Gửi mã giảm giá qua Zalo OA", "Tuyển KOC đánh giá sản phẩm"},
    {"Brief the agency on the holiday creative", "Set up UTM tags for every paid link",
     "Refresh the product feed for Google Shopping", "Write the welcome email sequence",
     "Book influencer slots for launch week", "A/B test the checkout page"}};

constexpr Bank kTaskOutputs = {
    {"5条15秒短视频，每条附投放文案", "30篇笔记，互动率不低于3%", "新版详情页上线并通过审核",
     "满300减40券，限量2万张", "每晚8点直播脚本与商品排序", "3个社群各推送2次"},
    {"키워드 200개, 입찰가 조정표", "쿠폰 5만 장, 사용률 보고서", "상세페이지 시안 2종과 A/B 결과",
     "릴스 8편, 편당 30초", "방송 대본과 상품 순서표", "당첨자 50명 공지와 배송 목록"},
    {"10 video ngắn, mỗi video 30 giây", "Bộ từ khóa và ngân sách theo ngày",
     "Trang sản phẩm mới với ảnh và mô tả", "4 buổi livestream, mỗi buổi 2 giờ",
     "50.000 mã giảm giá, báo cáo tỷ lệ dùng", "20 bài đánh giá có ảnh thật"},
    {"Signed-off brief and three concepts", "A UTM convention sheet and tagged links",
     "A validated feed with 1,200 products", "Four emails with subject-line tests",
     "Six confirmed creators and their dates", "A test report with the winning variant"}};

constexpr Bank kObjectives = {
    {"双11期间天猫旗舰店成交额同比增长25%", "新客占比在大促结束前提升到40%",
     "会员复购率在一年内达到30%", "直播间平均观看时长提升到3分钟", "客服首次响应时间缩短到20秒以内",
     "小红书品牌搜索量在预热期翻倍"},
    {"블랙프라이데이 기간 쿠팡 매출 30% 성장", "카카오톡 채널 친구 수 5만 명 달성",
     "신규 회원의 첫 구매 전환율 5% 달성", "리뷰 평점 4.7점 이상 유지",
     "검색광고 ROAS 400% 이상 확보", "재구매 고객 비중 35%로 확대"},
    {"Tăng doanh thu Shopee 40% trong mùa sale cuối năm",
     "Đạt 100.000 người theo dõi TikTok Shop trước Tết", "Giảm tỷ lệ hoàn hàng xuống dưới 5%",
     "Tăng tỷ lệ chuyển đổi trang sản phẩm lên 3%", "Có 500 đánh giá năm sao trong quý đầu",
     "Khách hàng quay lại chiếm 25% đơn hàng"},
    {"Grow first orders from paid social by a fifth before the season",
     "Lift the email list to 80,000 engaged subscribers", "Keep the cost per order under 45 yuan",
     "Raise the checkout conversion rate to 3.5%", "Bring returning customers to 30% of revenue",
     "Cut cart abandonment by ten points"}};

constexpr Bank kMetrics = {{"成交额（元）", "新客订单数", "会员复购率", "直播平均观看时长（秒）",
                            "客服首响时间（秒）", "品牌搜索量"},
                           {"매출액 (원)", "채널 친구 수", "첫 구매 전환율", "리뷰 평점",
                            "검색광고 ROAS", "재구매 고객 비중"},
                           {"Doanh thu (đồng)", "Số người theo dõi", "Tỷ lệ hoàn hàng",
                            "Tỷ lệ chuyển đổi", "Số đánh giá năm sao", "Tỷ lệ khách quay lại"},
                           {"First orders", "Engaged subscribers", "Cost per order",
                            "Checkout conversion rate", "Returning-customer revenue",
                            "Cart abandonment rate"}};

constexpr Bank kSources = {
    {"生意参谋", "巨量千川后台", "有赞会员中心", "抖音电商罗盘", "客服系统报表", "小红书蒲公英"},
    {"쿠팡 윙 리포트", "카카오 비즈니스 센터", "네이버 검색광고 보고서", "GA4 전자상거래 보고서",
     "자사몰 관리자", "리뷰 관리 도구"},
    {"Shopee Seller Centre", "TikTok Shop Analytics", "Lazada Business Advisor", "Zalo OA Insights",
     "Báo cáo GA4", "Bảng tính của nhóm vận hành"},
    {"GA4 e-commerce report", "Shopify analytics", "Klaviyo dashboard", "Meta Ads Manager",
     "Google Ads", "The finance team's weekly sheet"}};

constexpr Bank kRisks = {
    {"大促期间物流爆仓导致延迟发货", "主播临时取消直播", "竞品降价抢夺流量",
     "平台规则调整导致活动下线", "库存预估不足造成断货", "差评集中爆发影响转化"},
    {"배송 지연으로 인한 고객 불만 증가", "광고 단가 급등으로 예산 조기 소진",
     "인플루언서 계약 취소", "결제 시스템 장애", "경쟁사의 대규모 할인 공세",
     "재고 부족으로 인한 품절"},
    {"Đơn vị vận chuyển quá tải dịp 11.11", "Chi phí quảng cáo tăng mạnh cuối năm",
     "KOC đăng bài chậm so với lịch", "Sàn thay đổi chính sách phí",
     "Hàng giả bán giá thấp trên sàn", "Tỷ lệ hoàn hàng tăng sau sale"},
    {"The courier misses the cut-off on the peak weekend", "Ad prices spike in the last week",
     "A creator posts off-brand content", "The payment provider has an outage",
     "Stock runs out on the hero product", "Email deliverability drops after the blast"}};

constexpr Bank kResponses = {
    {"提前与两家快递签订保量协议", "准备备用主播并提前彩排", "设置价格监控并预留补贴预算",
     "每周检查平台规则更新", "按周滚动预测并设置安全库存", "差评24小时内回访处理"},
    {"복수 택배사와 사전 계약", "일별 예산 상한 설정", "예비 인플루언서 명단 확보",
     "대체 결제 수단 준비", "가격 모니터링과 대응 쿠폰 준비", "안전 재고 20% 확보"},
    {"Ký hợp đồng với hai đơn vị vận chuyển", "Đặt trần ngân sách theo ngày",
     "Duyệt bài trước khi đăng 48 giờ", "Theo dõi thông báo của sàn mỗi tuần",
     "Báo cáo hàng giả và gắn tem chính hãng", "Kiểm tra chất lượng trước khi giao"},
    {"Book a second courier for the peak weekend", "Cap the daily spend and move it to search",
     "Approve every post 48 hours ahead", "Keep a second payment provider switched on",
     "Hold 20% safety stock of the hero product", "Warm up the sending domain a week ahead"}};

constexpr Bank kChannels = {
    {"天猫旗舰店", "抖音直播", "小红书种草", "微信私域社群", "京东自营", "拼多多百亿补贴"},
    {"네이버 검색광고", "쿠팡 로켓배송", "카카오톡 채널", "인스타그램 광고", "유튜브 쇼츠",
     "무신사 스토어"},
    {"Shopee Mall", "Lazada LazMall", "TikTok Shop", "Zalo OA", "Facebook Ads", "Tiki"},
    {"Google Shopping", "Meta Ads", "Email newsletter", "Affiliate partners", "Organic search",
     "Creator partnerships"}};

constexpr Bank kChecks = {
    {"确认大促期间的物流方案", "检查所有投放链接的追踪参数", "整理上一季度各渠道复盘",
     "确认会员权益与门槛", "准备客服高峰期排班", "核对优惠券叠加规则"},
    {"채널별 목표와 예산 확정", "전환 추적 태그 점검", "상세페이지 모바일 화면 확인",
     "고객 세그먼트 정의", "캠페인 일정표 공유", "리뷰 수집 흐름 점검"},
    {"Xác nhận ngân sách cho từng kênh", "Kiểm tra mã theo dõi chuyển đổi",
     "Chuẩn bị kịch bản livestream", "Định nghĩa nhóm khách hàng mục tiêu",
     "Lên lịch đăng bài cho cả tháng", "Kiểm tra tồn kho trước ngày sale"},
    {"Agree the goal and the budget with finance", "Check that every link carries its UTM tags",
     "Review last season's results by channel", "Define the segments the messages speak to",
     "Share the calendar with every owner", "Test the checkout on a phone"}};

constexpr Bank kWhy = {
    {"大促物流一旦延误，好评率和复购都会下降。", "没有追踪参数，复盘时无法把成交归到渠道。",
     "上一季度的数据是本次预算分配的依据。", "权益不清会让新会员在首单后流失。",
     "高峰期响应慢会直接丢单。", "规则冲突会造成超额让利。"},
    {"목표 없이 예산을 나누면 성과를 비교할 수 없습니다.",
     "추적이 없으면 채널별 성과를 알 수 없습니다.", "대부분의 주문이 모바일에서 발생합니다.",
     "세그먼트가 메시지를 정합니다.", "모든 담당자가 같은 일정을 봐야 합니다.",
     "리뷰가 전환율을 좌우합니다."},
    {"Không có ngân sách rõ ràng thì không so sánh được hiệu quả.",
     "Thiếu mã theo dõi sẽ không biết kênh nào mang lại đơn.",
     "Kịch bản giúp buổi livestream không bị gián đoạn.", "Nhóm khách hàng quyết định thông điệp.",
     "Lịch đăng bài giúp cả nhóm phối hợp.", "Hết hàng giữa đợt sale làm mất khách."},
    {"A budget nobody agreed is cut halfway through the campaign.",
     "Untagged links leave orders that no channel can claim.",
     "Last season's figures are the best guide to this season's split.",
     "A message for everyone speaks to no one.",
     "Owners who cannot see the calendar miss hand-offs.", "Most orders are placed on a phone."}};

constexpr Bank kOwners = {
    {"王芳（电商运营）", "李强（内容）", "陈静（客服）", "赵磊（投放）", "刘洋（会员）",
     "孙悦（数据）"},
    {"김민준 (퍼포먼스)", "이서연 (콘텐츠)", "박지훈 (CRM)", "최유진 (커머스)", "정하늘 (디자인)",
     "강도윤 (데이터)"},
    {"Nguyễn Thị Lan (Marketing)", "Trần Văn Minh (Vận hành)", "Lê Thu Hà (Nội dung)",
     "Phạm Quốc Bảo (Quảng cáo)", "Hoàng Mai Anh (CSKH)", "Đỗ Đức Huy (Dữ liệu)"},
    {"Sarah Miller (Growth)", "Tom Becker (CRM)", "Priya Shah (Content)", "Daniel Okafor (Paid)",
     "Emma Laurent (Design)", "Lucas Weber (Analytics)"}};

// The i-th text of a bank. When the bank comes round again the text is
// numbered the way its language numbers a repeat, as a team names the
// second round of the same task.
std::string pick(const Bank& bank, int i) {
    const int language = i % kLanguages;
    const int phrase = (i / kLanguages) % kPhrases;
    const int round = i / (kLanguages * kPhrases) + 1;
    std::string out = bank[language][phrase];
    if (round == 1) return out;
    const std::string n = std::to_string(round);
    switch (language) {
    case Chinese:
        return out + "（第" + n + "批）";
    case Korean:
        return out + " " + n + "차";
    case Vietnamese:
        return out + " (đợt " + n + ")";
    default:
        return out + " (round " + n + ")";
    }
}
// Texts that need not be told apart: the same bank, never numbered.
std::string plain(const Bank& bank, int i) {
    return bank[i % kLanguages][(i / kLanguages) % kPhrases];
}

std::string numbered(const char* prefix, int i) {
    return prefix + std::to_string(i);
}

std::size_t at(int i) {
    return static_cast<std::size_t>(i);
}

} // namespace

Plan generated_plan(const PlanCounts& counts, Detail detail) {
    const bool real = detail == Detail::Realistic;
    Plan p;
    p.id = real ? "plan-large-sample" : "plan-bench";
    p.name = real ? "Large sample · 跨境大促 · 대형 캠페인 · Chiến dịch lớn"
                  : numbered("Bench ", counts.objectives);
    p.currency = "CNY";
    p.created = p.modified = "2026-11-01T00:00:00Z";
    p.period = {{2026, 11, 1}, {2027, 10, 31}};
    p.budget_total = Money{1'000'000'000};
    static const char* const kPhaseNames[] = {"预热期 · Warm-up", "본 행사 · Burst",
                                              "Chăm sóc sau bán · Follow-through"};
    for (int i = 0; i < 3; ++i) {
        const Date start = add_days(p.period.start, i * 100);
        p.phases.push_back({numbered("ph-", i),
                            real ? kPhaseNames[i] : numbered("Phase ", i),
                            static_cast<PhaseKind>(i),
                            {start, add_days(start, 99)}});
    }
    const auto stage_of = [](int i) { return kStages[at(i) % kStages.size()]; };
    for (int i = 0; i < counts.objectives; ++i) {
        Objective o;
        o.id = numbered("obj-", i);
        o.stage = stage_of(i);
        o.statement = real ? pick(kObjectives, i)
                           : numbered("Grow repeat orders by a fifth before the season ", i);
        o.metric = real ? plain(kMetrics, i) : "Orders";
        o.baseline = real ? 100 + 10 * (i % 50) : 100;
        o.target = real ? *o.baseline * 6 / 5 : 120;
        o.deadline = p.period.end;
        if (real) {
            o.horizon = static_cast<Horizon>(i % 3);
            o.owner = plain(kOwners, i);
        }
        p.objectives.push_back(o);
    }
    for (int i = 0; i < counts.kpis; ++i) {
        Kpi kpi;
        kpi.id = numbered("kpi-", i);
        kpi.metric = real ? pick(kMetrics, i) : numbered("Orders ", i);
        kpi.target = 1000;
        kpi.actual = 900 + i % 200;
        kpi.objective_id = counts.objectives ? numbered("obj-", i % counts.objectives) : "";
        if (real) {
            kpi.dimension = static_cast<KpiDimension>(i % 4);
            kpi.kind = i % 3 == 0 ? KpiKind::Process : KpiKind::Result;
            kpi.owner = plain(kOwners, i + 1);
            kpi.source = plain(kSources, i);
            kpi.deadline = p.period.end;
        }
        p.kpis.push_back(kpi);
    }
    for (int i = 0; i < counts.tasks; ++i) {
        Task t;
        t.id = numbered("task-", i);
        t.title = real ? pick(kTaskTitles, i) : numbered("Task ", i);
        const Phase& phase = p.phases[at(i % 3)];
        t.phase_id = phase.id;
        const Date start = add_days(phase.dates.start, i % 90);
        t.dates = {start, add_days(start, real ? 3 + i % 7 : 5)};
        t.budget = real ? Money{(5 + i * 37 % 45) * 10'000} : 10000;
        if (real) {
            t.owner = plain(kOwners, i);
            t.outputs = plain(kTaskOutputs, i);
            static constexpr TaskStatus kStatuses[] = {
                TaskStatus::Done, TaskStatus::Done,  TaskStatus::Doing, TaskStatus::Todo,
                TaskStatus::Todo, TaskStatus::Doing, TaskStatus::Todo,  TaskStatus::Blocked};
            t.status = kStatuses[i % 8];
            // A task waits for one six rows back: same phase, ended a week
            // before it starts (tasks last at most ten days).
            if (i % 4 == 1 && i % 90 >= 18) t.depends_on.push_back(numbered("task-", i - 18));
        }
        p.tasks.push_back(t);
    }
    for (int i = 0; i < counts.budget_lines; ++i)
        p.budget.push_back({numbered("bud-", i), numbered("Line ", i), Stage::Reach, "",
                            p.phases[at(i % 3)].id, 1000});
    for (int i = 0; i < counts.risks; ++i) {
        if (real)
            p.risks.push_back({numbered("risk-", i), pick(kRisks, i), static_cast<Level>(i % 3),
                               static_cast<Level>((i / 3) % 3), plain(kResponses, i),
                               plain(kOwners, i + 2), static_cast<RiskStatus>(i % 3)});
        else
            p.risks.push_back({numbered("risk-", i), numbered("Risk ", i), Level::Low, Level::High,
                               "Watch it", "Lead", RiskStatus::Open});
    }
    for (int i = 0; i < counts.channels; ++i)
        p.channels.push_back({numbered("ch-", i),
                              real ? pick(kChannels, i) : numbered("Channel ", i),
                              real ? static_cast<Media>(i % 3) : Media::Paid,
                              stage_of(i),
                              real ? static_cast<Funnel>(i % 4) : Funnel::Top,
                              {},
                              {}});
    for (int i = 0; i < counts.checklist; ++i)
        p.checklist.push_back({numbered("chk-", i), stage_of(i),
                               real ? pick(kChecks, i) : numbered("Check ", i), i % 2 == 0,
                               real ? plain(kWhy, i) : numbered("Why ", i)});
    return p;
}

void add_forecast_inputs(Plan& p) {
    p.budget.clear();
    p.forecast.gross_margin = 0.45;
    const CostModel models[] = {CostModel::Cpm, CostModel::Cpc, CostModel::Cpa, CostModel::Fixed,
                                CostModel::None};
    const int channels = static_cast<int>(p.channels.size());
    for (int i = 0; i < channels; ++i) {
        Channel& c = p.channels[at(i)];
        ChannelInputs& in = c.inputs;
        in.cost_model = models[i % 5];
        in.unit_cost = in.cost_model == CostModel::Cpm   ? 3000
                       : in.cost_model == CostModel::Cpc ? 150
                       : in.cost_model == CostModel::Cpa ? 2500
                                                         : 500000;
        in.ctr = 0.012;
        in.visit_rate = 0.9;
        in.cart_rate = 0.1;
        in.conversion_rate = 0.03;
        in.aov = 15900;
        in.volume = 2000 + 100 * i;
        in.observed_spend = 1000000;
        in.half_saturation = 2000000 + 50000 * i;
        in.shape = 1 + (i % 3) * 0.5;
        in.carryover = 0.2 + (i % 4) * 0.15;
        in.uncertainty = {0.1, 0.2, 0.15, 0.25, 0.1, 0.3, 0.4};
        if (in.cost_model == CostModel::None) c.media = Media::Owned;
        for (const Phase& phase : p.phases)
            p.budget.push_back({"bud-" + c.id + "-" + phase.id, c.name + " · " + phase.name,
                                c.stage, c.id, phase.id, 300000 + 10000 * i});
    }
    for (int s = 0; s < 3; ++s) {
        BudgetScenario scenario{numbered("sc-", s), numbered("Scenario ", s), "", {}};
        for (int i = 0; i < channels; ++i)
            scenario.spends.push_back({numbered("sp-", s) + "-" + std::to_string(i),
                                       p.channels[at(i)].id, (900000 + 30000 * i) * (s + 1) / 2});
        p.scenarios.push_back(scenario);
    }
}

Plan large_sample(double scale) {
    // A file holds at most max_items per list; larger scales grow the others.
    const auto times = [scale](int n) {
        return static_cast<int>(
            std::min<long>(std::lround(n * scale), static_cast<long>(FormatLimits{}.max_items)));
    };
    Plan p =
        generated_plan({times(300), times(500), times(2000), 0, times(200), times(60), times(40)},
                       Detail::Realistic);
    add_forecast_inputs(p);
    if (scale != 1) p.id += "-x" + std::to_string(std::lround(scale * 100));
    return p;
}

} // namespace fp
