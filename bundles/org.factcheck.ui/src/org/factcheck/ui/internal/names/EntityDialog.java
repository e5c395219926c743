package org.factcheck.ui.internal.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.factcheck.model.Actor;
import org.factcheck.model.CaseFile;
import org.factcheck.model.CasePackage.Literals;
import org.factcheck.model.Organisation;
import org.factcheck.model.Person;
import org.factcheck.model.Source;
import org.factcheck.ui.cases.CaseSession;

/**
 * Creates or edits a person, an organisation or a source: name, aliases (one a line), role and affiliation of a
 * person, description; kind, URL, reliability and note of a source. OK gives one command: the new one added to the
 * case, or the fields that changed set ({@link #command()}). A name is required; a name that another one of the
 * same kind already has is pointed out, since the fact-checker likely wants that one (or to merge).
 */
public final class EntityDialog extends TitleAreaDialog {

    private final CaseSession session;
    /** The object edited; for a new one, a fresh object not yet in the case. */
    private final EObject subject;
    private final boolean creating;
    private final Map<EStructuralFeature, Control> fields = new LinkedHashMap<>();
    private final List<Organisation> organisations = new ArrayList<>();
    private Command command;

    private EntityDialog(Shell shell, CaseSession session, EObject subject, boolean creating) {
        super(shell);
        this.session = session;
        this.subject = subject;
        this.creating = creating;
    }

    /** A dialog that creates a new object of {@code type} (Person, Organisation or Source) named {@code name}. */
    public static EntityDialog create(Shell shell, CaseSession session, org.eclipse.emf.ecore.EClass type, String name) {
        EObject fresh = EcoreUtil.create(type);
        fresh.eSet(nameFeature(fresh), name);
        return new EntityDialog(shell, session, fresh, true);
    }

    /** A dialog that edits {@code subject}, a person, organisation or source of the case. */
    public static EntityDialog edit(Shell shell, CaseSession session, EObject subject) {
        return new EntityDialog(shell, session, subject, false);
    }

    static EStructuralFeature nameFeature(EObject object) {
        return object instanceof Source ? Literals.SOURCE__NAME : Literals.ACTOR__NAME;
    }

    private String kind() {
        return subject instanceof Person ? "Person" : subject instanceof Organisation ? "Organisation" : "Source";
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText((creating ? "New " : "Edit ") + kind());
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle((creating ? "New " : "Edit ") + kind().toLowerCase(java.util.Locale.ROOT));
        setMessage(purpose());
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        text(body, "&Name:", nameFeature(subject), false);
        text(body, "&Aliases:", subject instanceof Actor ? Literals.ACTOR__ALIASES : Literals.SOURCE__ALIASES, true);
        if (subject instanceof Person) {
            text(body, "&Role:", Literals.PERSON__ROLE, false);
            affiliation(body);
        }
        if (subject instanceof Actor) {
            text(body, "&Description:", Literals.ACTOR__DESCRIPTION, true);
        } else {
            choice(body, "&Kind:", Literals.SOURCE__KIND);
            text(body, "&URL:", Literals.SOURCE__URL, false);
            choice(body, "Re&liability:", Literals.SOURCE__RELIABILITY);
            text(body, "N&ote:", Literals.SOURCE__NOTE, true);
        }
        ((Text) fields.get(nameFeature(subject))).addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected Control createContents(Composite parent) {
        Control contents = super.createContents(parent);
        validate();
        return contents;
    }

    private void text(Composite body, String label, EStructuralFeature feature, boolean multi) {
        label(body, label, multi);
        Text text = new Text(body, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        GridDataFactory.fillDefaults().grab(true, multi).hint(360, multi ? 60 : SWT.DEFAULT).applyTo(text);
        if (multi) { // Tab goes to the next field instead of typing a tab into the aliases or the description
            text.addTraverseListener(e -> {
                if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
                    e.doit = true;
                }
            });
        }
        Object value = subject.eGet(feature);
        text.setText(value instanceof List<?> list ? String.join("\n", list.stream().map(String::valueOf).toList())
                : value == null ? "" : value.toString());
        fields.put(feature, text);
    }

    private static void label(Composite body, String text, boolean top) {
        Label label = new Label(body, SWT.NONE);
        label.setText(text);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, top ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
    }

    private void choice(Composite body, String label, EStructuralFeature feature) {
        label(body, label, false);
        Combo combo = new Combo(body, SWT.READ_ONLY);
        EEnum type = (EEnum) feature.getEType();
        type.getELiterals().forEach(l -> combo.add(capitalise(l.getName())));
        Object value = subject.eGet(feature);
        combo.select(value instanceof Enumerator e ? e.getValue() : 0);
        fields.put(feature, combo);
    }

    private void affiliation(Composite body) {
        label(body, "A&ffiliation:", false);
        Combo combo = new Combo(body, SWT.READ_ONLY);
        combo.add("(none)");
        session.caseFile().getActors().stream().filter(Organisation.class::isInstance).map(Organisation.class::cast)
                .forEach(o -> {
                    organisations.add(o);
                    combo.add(o.getName());
                });
        combo.select(organisations.indexOf(((Person) subject).getAffiliation()) + 1);
        fields.put(Literals.PERSON__AFFILIATION, combo);
    }

    private static String capitalise(String literal) {
        String words = literal.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private String purpose() {
        return subject instanceof Source ? "An outlet, agency, institution or expert that articles and evidence come from. Aliases: other names, one a line."
                : "Someone who makes claims or is mentioned. Aliases: other names and spellings, one a line.";
    }

    private void validate() {
        String name = ((Text) fields.get(nameFeature(subject))).getText().strip();
        Object same = sameName(name);
        if (name.isEmpty()) { // not an error before anything is typed: say what to give, OK waits for a name
            setErrorMessage(null);
            setMessage(purpose() + " Give a name.", IMessageProvider.NONE);
        } else {
            setErrorMessage(null);
            setMessage(same == null ? purpose() : "The case already has “" + MergeCommand.name((EObject) same) + "” (by that"
                    + " name or alias). If it is"
                    + " the same, cancel and use it, or merge the two afterwards.",
                    same == null ? IMessageProvider.NONE : IMessageProvider.WARNING);
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!name.isEmpty());
        }
    }

    private Object sameName(String name) {
        CaseFile root = session.caseFile();
        List<? extends EObject> others = subject instanceof Source ? root.getSources() : root.getActors();
        org.factcheck.core.names.NameKey key = org.factcheck.core.names.NameKey.of(name);
        return others.stream().filter(o -> o != subject && o.eClass() == subject.eClass())
                .filter(o -> namesOf(o).stream().map(org.factcheck.core.names.NameKey::of).anyMatch(key::equals)).findFirst()
                .orElse(null);
    }

    /** The name and the aliases of an actor or a source. */
    private static List<String> namesOf(EObject named) {
        List<String> names = new java.util.ArrayList<>();
        names.add(MergeCommand.name(named));
        names.addAll(named instanceof Actor a ? a.getAliases() : named instanceof Source s ? s.getAliases() : List.of());
        return names;
    }

    /** What the fields hold, per feature, in the model's types. */
    private Map<EStructuralFeature, Object> values() {
        Map<EStructuralFeature, Object> values = new LinkedHashMap<>();
        fields.forEach((feature, control) -> {
            if (control instanceof Text text) {
                String typed = text.getText().strip();
                if (feature.isMany()) {
                    values.put(feature, Arrays.stream(typed.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                            .distinct().toList());
                } else {
                    values.put(feature, typed.isEmpty() ? null : typed);
                }
            } else if (control instanceof Combo combo && feature == Literals.PERSON__AFFILIATION) {
                values.put(feature, combo.getSelectionIndex() <= 0 ? null : organisations.get(combo.getSelectionIndex() - 1));
            } else if (control instanceof Combo combo) {
                values.put(feature, ((EEnum) feature.getEType()).getELiterals().get(combo.getSelectionIndex()).getInstance());
            }
        });
        return values;
    }

    @Override
    protected void okPressed() {
        Map<EStructuralFeature, Object> values = values();
        var domain = session.domain();
        if (creating) {
            values.forEach((feature, value) -> subject.eSet(feature, value));
            EStructuralFeature list = subject instanceof Source ? Literals.CASE_FILE__SOURCES : Literals.CASE_FILE__ACTORS;
            CompoundCommand add = new CompoundCommand("New " + kind());
            add.append(AddCommand.create(domain, session.caseFile(), list, subject));
            command = add;
        } else {
            CompoundCommand edits = new CompoundCommand("Edit " + kind());
            values.forEach((feature, value) -> {
                if (!Objects.equals(subject.eGet(feature), value)) {
                    edits.append(SetCommand.create(domain, subject, feature, value));
                }
            });
            command = edits.isEmpty() ? null : edits;
        }
        super.okPressed();
    }

    /** After OK: the command that adds or changes the object; null if nothing changed (or the dialog was cancelled). */
    public Command command() {
        return command;
    }

    /** The object created or edited. */
    public EObject subject() {
        return subject;
    }

    /** The field of {@code feature} (for tests). */
    public Control field(EStructuralFeature feature) {
        return fields.get(feature);
    }
}
