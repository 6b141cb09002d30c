package cn.leavedesk.service;

import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Labels;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Role;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.rules.Condition;
import cn.leavedesk.rules.Rule;
import cn.leavedesk.rules.Rulebook;
import cn.leavedesk.rules.StepTemplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A rulebook worded for reading: citation, completeness, notes and one row per article, in the clerk's language.
 * Values are named by the one vocabulary ({@link Labels}), so the rulebook screen and the engine's messages call a
 * party by the same name; the screen gets the words, never the rulebook model.
 */
public final class RulebookReading {
    private final RulebookService rulebooks;
    private final Locale locale;
    private final DisplayText text;
    private final Labels labels;

    public RulebookReading(RulebookService rulebooks, Locale locale) {
        this.rulebooks = rulebooks;
        this.locale = locale;
        this.text = DisplayText.of(locale);
        this.labels = Labels.of(locale);
    }

    /** The page of the rulebook with this id, or of the default one when no built-in rulebook has that id. */
    public RulebookPage page(String id) {
        Rulebook rulebook = rulebooks.find(id).orElseGet(() -> rulebooks.get(SettingsService.DEFAULT_RULEBOOK));
        List<String> other = new ArrayList<>();
        rulebook.presiding().ifPresent(p -> other.add(text.tr("rulebooks.presiding", p.article(),
                p.summary().in(locale))));
        rulebook.quorum().ifPresent(q -> other.add(text.tr("rulebooks.quorum", q.article(), q.summary().in(locale))));
        return new RulebookPage(rulebook.id(), rulebook.title().in(locale),
                text.tr("rulebooks.document", rulebook.document()), text.tr("rulebooks.adopted", rulebook.adopted()),
                rulebook.sourceComplete(), rulebook.notes().stream().map(n -> n.in(locale)).toList(),
                rulebook.rules().stream().map(this::row).toList(), other);
    }

    private RuleRow row(Rule rule) {
        return new RuleRow(rule.article(), rule.summary().in(locale), appliesTo(rule.when()), steps(rule.steps()),
                rule.advanceWorkingDays().map(days -> text.tr("rulebooks.advance", days))
                        .orElseGet(() -> text.tr("rulebooks.advance.none")));
    }

    private String appliesTo(Condition when) {
        List<String> parts = new ArrayList<>();
        addIfAny(parts, when.roles(), Role.class);
        addIfAny(parts, when.kinds(), Kind.class);
        addIfAny(parts, when.scopes(), Scope.class);
        if (!when.meetingTypes().isEmpty()) {
            parts.add(text.tr("rulebooks.appliesTo.meetings", join(when.meetingTypes(), MeetingType.class)));
        }
        if (!when.convenerRoles().isEmpty()) {
            parts.add(text.tr("rulebooks.appliesTo.convener", join(when.convenerRoles(), Role.class)));
        }
        return parts.isEmpty() ? text.tr("rulebooks.appliesTo.any")
                : String.join(text.tr("rulebooks.partSeparator"), parts);
    }

    private String steps(List<StepTemplate> steps) {
        if (steps.isEmpty()) {
            return text.tr("rulebooks.advance.none");
        }
        return steps.stream()
                .map(s -> s.deadline()
                        ? text.tr("rulebooks.step.deadline", labels.of(s.action()), labels.of(s.party()))
                        : text.tr("rulebooks.step", labels.of(s.action()), labels.of(s.party())))
                .collect(Collectors.joining("\n"));
    }

    private <E extends Enum<E>> void addIfAny(List<String> parts, Collection<E> values, Class<E> type) {
        if (!values.isEmpty()) {
            parts.add(join(values, type));
        }
    }

    /** In the enum's declaration order, not the set's, so the same rule always reads the same. */
    private <E extends Enum<E>> String join(Collection<E> values, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(values::contains)
                .map(labels::of).collect(Collectors.joining(text.tr("rulebooks.listSeparator")));
    }
}
