package cn.leavedesk.ui.rulebooks;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.rules.Condition;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.rules.Rule;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.rules.StepTemplate;
import cn.leavedesk.service.RulebookService;
import cn.leavedesk.service.SettingsService;
import cn.leavedesk.ui.AppState;
import cn.leavedesk.ui.I18n;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

/**
 * The rulebook in force (the one chosen in the settings), worded for reading: citation, completeness, notes and one
 * row per article. Enum names are worded by the rules engine's own bundle, so this screen and the engine's
 * messages call a party by the same name.
 */
public final class RulebooksViewModel {
    private final RulebookService rulebooks;
    private final Messages labels;
    private final Locale locale;
    private final ObjectBinding<RulebookPage> page;

    public RulebooksViewModel(RulebookService rulebooks, AppState state) {
        this.rulebooks = rulebooks;
        this.locale = I18n.current().locale();
        this.labels = Messages.of(locale);
        this.page = Bindings.createObjectBinding(() -> pageFor(state.settings().rulebookId()), state.settingsProperty());
    }

    /** The page of the rulebook in force; follows the settings. */
    public ObjectBinding<RulebookPage> page() {
        return page;
    }

    RulebookPage pageFor(String id) {
        Rulebook rulebook = rulebooks.find(id).orElseGet(() -> rulebooks.get(SettingsService.DEFAULT_RULEBOOK));
        List<String> other = new ArrayList<>();
        rulebook.presiding().ifPresent(p -> other.add(I18n.tr("rulebooks.presiding", p.article(),
                p.summary().in(locale))));
        rulebook.quorum().ifPresent(q -> other.add(I18n.tr("rulebooks.quorum", q.article(), q.summary().in(locale))));
        return new RulebookPage(rulebook.id(), rulebook.title().in(locale),
                I18n.tr("rulebooks.document", rulebook.document()), I18n.tr("rulebooks.adopted", rulebook.adopted()),
                rulebook.sourceComplete(), rulebook.notes().stream().map(n -> n.in(locale)).toList(),
                rulebook.rules().stream().map(this::row).toList(), other);
    }

    private RuleRow row(Rule rule) {
        return new RuleRow(rule.article(), rule.summary().in(locale), appliesTo(rule.when()), steps(rule.steps()),
                rule.advanceWorkingDays().map(days -> I18n.tr("rulebooks.advance", days))
                        .orElseGet(() -> I18n.tr("rulebooks.advance.none")));
    }

    String appliesTo(Condition when) {
        List<String> parts = new ArrayList<>();
        addIfAny(parts, when.roles(), Role.class);
        addIfAny(parts, when.kinds(), Kind.class);
        addIfAny(parts, when.scopes(), Scope.class);
        if (!when.meetingTypes().isEmpty()) {
            parts.add(I18n.tr("rulebooks.appliesTo.meetings", join(when.meetingTypes(), MeetingType.class)));
        }
        if (!when.convenerRoles().isEmpty()) {
            parts.add(I18n.tr("rulebooks.appliesTo.convener", join(when.convenerRoles(), Role.class)));
        }
        return parts.isEmpty() ? I18n.tr("rulebooks.appliesTo.any") : String.join(I18n.tr("rulebooks.partSeparator"), parts);
    }

    private String steps(List<StepTemplate> steps) {
        if (steps.isEmpty()) {
            return I18n.tr("rulebooks.advance.none");
        }
        return steps.stream()
                .map(s -> s.deadline()
                        ? I18n.tr("rulebooks.step.deadline", labels.label(s.action()), labels.label(s.party()))
                        : I18n.tr("rulebooks.step", labels.label(s.action()), labels.label(s.party())))
                .collect(Collectors.joining("\n"));
    }

    private <E extends Enum<E>> void addIfAny(List<String> parts, Collection<E> values, Class<E> type) {
        if (!values.isEmpty()) {
            parts.add(join(values, type));
        }
    }

    /** In the enum's declaration order, not the set's, so the same rule always reads the same. */
    private <E extends Enum<E>> String join(Collection<E> values, Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).filter(values::contains)
                .map(labels::label).collect(Collectors.joining(I18n.tr("rulebooks.listSeparator")));
    }
}
