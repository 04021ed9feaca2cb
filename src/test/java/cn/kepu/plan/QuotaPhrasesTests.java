package cn.kepu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The one grammar of targets, as documents and checklists write them (plain Java, no Spring). */
class QuotaPhrasesTests {

    @Test
    @DisplayName("目标的各种写法：不少于、不超过、以上、区间、点名的区县、动词带数量；万和全角百分号")
    void targetsAsDocumentsWriteThem() {
        assertThat(QuotaPhrases.find("任务数：各县市区不少于60项，功能区不少于15项"))
                .extracting(QuotaPhrases.Phrase::subject, p -> p.target().intValue(), QuotaPhrases.Phrase::unit)
                .containsExactly(tuple("各县市区", 60, "项"),
                        tuple("功能区", 15, "项"));
        assertThat(QuotaPhrases.find("公众科学素质达标率不低于15％").get(0).unit()).isEqualTo("%");
        assertThat(QuotaPhrases.find("每场人数不超过200人").get(0).bound()).isEqualTo(Bound.AT_MOST);
        assertThat(QuotaPhrases.find("受益群众达到1.5万人次").get(0).target()).isEqualByComparingTo("15000");
        assertThat(QuotaPhrases.find("泰山区3000人，岱岳区2000人")).extracting(QuotaPhrases.Phrase::subject)
                .containsExactly("泰山区", "岱岳区");
        assertThat(QuotaPhrases.find("每年培训科技辅导员50人次")).singleElement()
                .satisfies(p -> assertThat(p.subject()).as("培训科技辅导员是所计之物，不是对象").isEmpty())
                .satisfies(p -> assertThat(p.stated()).isFalse());
        // Targets without a comparison word, as many documents write them (issue #16).
        assertThat(QuotaPhrases.find("编译200部科普图书；新建科普e站6个；新创建科普示范社区5个；力争公民具备科学素质的比例达到14%"))
                .extracting(p -> p.target().intValue(), QuotaPhrases.Phrase::unit, QuotaPhrases.Phrase::bound)
                .containsExactly(tuple(200, "部", Bound.AT_LEAST), tuple(6, "个", Bound.AT_LEAST), tuple(5, "个", Bound.AT_LEAST),
                        tuple(14, "%", Bound.AT_LEAST));
        assertThat(QuotaPhrases.find("每家单位参与人数不少于200人次，上传图片不超过6张"))
                .extracting(p -> p.target().intValue(), QuotaPhrases.Phrase::bound)
                .containsExactly(tuple(200, Bound.AT_LEAST), tuple(6, Bound.AT_MOST));
        assertThat(QuotaPhrases.find("每个区县走访慰问不少于10人；全市不少于50场；创建县级科普示范社区5个；评估学会不少于30家"))
                .extracting(QuotaPhrases.Phrase::subject).as("每个…的对象；全市是发文单位自己的总数；县级示范社区不是地名；评估学会是所计之物")
                .containsExactly("区县", "", "", "");
        assertThat(QuotaPhrases.find("编印技术手册不少于50种，发放2万册，每次讲座不超过3分钟"))
                .extracting(QuotaPhrases.Phrase::unit).containsExactly("种", "册", "分钟");
        assertThat(QuotaPhrases.find("年度内各县市区科协开展相关活动至少3项")).singleElement()
                .satisfies(p -> assertThat(p.lead()).isEqualTo("各县市区科协开展相关活动"));
    }

    @Test
    @DisplayName("“每个…”的对象读全（县市区、社区居委会、街道办事处、市级学会、科普e站），不越过动词；“每个乡镇确定1名”恰好1名；“至少组织2次”")
    void partiesEachAndExactly() {
        assertThat(QuotaPhrases.find("每个县市区不少于3场；每个社区居委会组织活动不少于3场；每个街道办事处不少于4场；每个市级学会全年开展科普活动不少于6场；"
                + "每个科普e站每月开展活动不少于1次；每个专家服务团联系村不少于3个"))
                .extracting(QuotaPhrases.Phrase::subject)
                .containsExactly("县市区", "社区居委会", "街道办事处", "市级学会", "科普e站", "专家服务团");
        assertThat(QuotaPhrases.find("每个乡镇确定1名科普联络员")).singleElement()
                .satisfies(p -> assertThat(p.bound()).isEqualTo(Bound.EXACTLY))
                .satisfies(p -> assertThat(p.subject()).isEqualTo("乡镇"));
        assertThat(QuotaPhrases.find("每家养老机构至少组织2次")).singleElement()
                .satisfies(p -> assertThat(p.subject()).isEqualTo("养老机构"))
                .satisfies(p -> assertThat(p.target().intValue()).isEqualTo(2));
        assertThat(QuotaPhrases.find("资助学会创新项目15个，推选银龄科普之星20名，新组建企业科协3个，不少于4讲"))
                .extracting(p -> p.target().intValue(), QuotaPhrases.Phrase::unit)
                .containsExactly(tuple(15, "个"), tuple(20, "名"), tuple(3, "个"), tuple(4, "讲"));
    }

    @Test
    @DisplayName("事实不是目标：已建成、累计、共有的数字不算")
    void factsAreNotTargets() {
        assertThat(QuotaPhrases.find("全市已新建科普e站40个")).isEmpty();
        assertThat(QuotaPhrases.find("全市已建成科普教育基地120个，累计开展活动3000场以上")).isEmpty();
        assertThat(QuotaPhrases.find(null)).isEmpty();
    }
}
