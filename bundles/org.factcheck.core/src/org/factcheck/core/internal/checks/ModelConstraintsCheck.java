package org.factcheck.core.internal.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.factcheck.core.checks.CaseCheck;
import org.factcheck.core.checks.CaseProblem;
import org.factcheck.core.checks.CaseProblem.Severity;
import org.factcheck.model.CaseFile;

/** The model's constraints, through EMF's {@link Diagnostician}: multiplicities, unresolved references, unique ids, data values. */
public final class ModelConstraintsCheck implements CaseCheck {

    @Override
    public List<CaseProblem> check(CaseFile caseFile) {
        Diagnostician diagnostician = new Diagnostician();
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(EValidator.SubstitutionLabelProvider.class, new EValidator.SubstitutionLabelProvider() {
            @Override
            public String getObjectLabel(EObject object) {
                return Labels.describe(object);
            }

            @Override
            public String getFeatureLabel(EStructuralFeature feature) {
                return feature.getName();
            }

            @Override
            public String getValueLabel(EDataType type, Object value) {
                return String.valueOf(value);
            }
        });
        List<CaseProblem> problems = new ArrayList<>();
        collect(diagnostician.validate(caseFile, context), problems);
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<CaseProblem> problems) {
        if (diagnostic.getChildren().isEmpty() && diagnostic.getSeverity() >= Diagnostic.WARNING) {
            Object subject = diagnostic.getData().isEmpty() ? null : diagnostic.getData().get(0);
            Severity severity = diagnostic.getSeverity() >= Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING;
            problems.add(subject instanceof EObject object ? CaseProblem.of(severity, object, diagnostic.getMessage())
                    : CaseProblem.of(severity, List.of(), "the case", diagnostic.getMessage()));
        }
        diagnostic.getChildren().forEach(child -> collect(child, problems));
    }
}
