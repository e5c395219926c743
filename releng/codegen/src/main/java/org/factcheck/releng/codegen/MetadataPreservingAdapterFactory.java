package org.factcheck.releng.codegen;

import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.Monitor;

/**
 * EMF's standard generator adapters, except that the bundle meta-data of the model and edit bundles is left alone:
 * META-INF/MANIFEST.MF, plugin.xml and build.properties of both bundles and the model bundle's plugin.properties are
 * written by hand for the Tycho build. Java code, the edit bundle's plugin.properties and its icons are generated as usual.
 */
final class MetadataPreservingAdapterFactory extends GenModelGeneratorAdapterFactory
{
  static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = MetadataPreservingAdapterFactory::new;

  @Override
  public Adapter createGenModelAdapter()
  {
    if (genModelGeneratorAdapter == null)
    {
      genModelGeneratorAdapter = new GenModelGeneratorAdapter(this)
      {
        @Override
        protected void generateModelManifest(GenModel genModel, Monitor monitor)
        {
          monitor.worked(2);
        }

        @Override
        protected void generateModelBuildProperties(GenModel genModel, Monitor monitor)
        {
          monitor.worked(1);
        }

        @Override
        protected void generateModelPluginProperties(GenModel genModel, Monitor monitor)
        {
          monitor.worked(1);
        }

        @Override
        protected void generateEditManifest(GenModel genModel, Monitor monitor)
        {
          monitor.worked(2);
        }

        @Override
        protected void generateEditBuildProperties(GenModel genModel, Monitor monitor)
        {
          monitor.worked(1);
        }
      };
    }
    return genModelGeneratorAdapter;
  }
}
