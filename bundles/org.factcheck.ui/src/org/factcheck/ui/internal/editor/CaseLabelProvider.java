package org.factcheck.ui.internal.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.factcheck.ui.internal.emf.EmfLabelProvider;

/** Labels of the case explorer: {@link CaseLabels} wording, EMF.Edit icons, folder icons for the groups. */
final class CaseLabelProvider extends EmfLabelProvider {

    CaseLabelProvider(AdapterFactory adapterFactory) {
        super(adapterFactory);
    }

    @Override
    public String getText(Object element) {
        String text = CaseLabels.text(element);
        return text != null ? text : super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof FeatureGroup) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        return super.getImage(element);
    }
}
