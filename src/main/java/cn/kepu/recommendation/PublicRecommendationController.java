package cn.kepu.recommendation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * 公示 without login: a round's selected candidates while it is in 公示 and after its award list is fixed — names,
 * units and the main content, never phones or contact persons (the template is given only what it may show).
 */
@Controller
class PublicRecommendationController {

    /** What the public sees of one candidate. */
    public record Candidate(String name, String unit, String recommender, String mainText) {
    }

    private final RoundCatalog catalog;

    PublicRecommendationController(RoundCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/public/recommendation-rounds/{id}")
    String publicity(@PathVariable long id, Model model) {
        RecommendationRound round = catalog.published(id);
        model.addAttribute("roundTitle", round.getTitle());
        model.addAttribute("issuerName", round.getIssuer().getName());
        model.addAttribute("stage", round.getStage());
        model.addAttribute("publicityUntil", round.getPublicityUntil());
        model.addAttribute("subjectLabel", round.getFormPreset().subjectLabel());
        model.addAttribute("mainLabel", round.getFormPreset().mainLabel());
        model.addAttribute("candidates", catalog.selected(round).stream()
                .map(r -> new Candidate(r.getSubjectName(), r.getUnitName(), r.getRecommender().getName(), r.getMainText()))
                .toList());
        return "recommendations/public";
    }
}
