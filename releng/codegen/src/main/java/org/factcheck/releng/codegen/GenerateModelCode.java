package org.factcheck.releng.codegen;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Runs EMF's code generator on a <code>.genmodel</code> outside Eclipse and OSGi.
 *
 * <p>Every folder directly under the bundles folder is made visible as the workspace project of the same name, so
 * <code>platform:/resource/org.factcheck.model/...</code> is <code>bundles/org.factcheck.model/...</code>.
 * The GenModel is first reconciled with its Ecore files (as "Reload" does in Eclipse) and saved back if that changed it,
 * then the model and edit code are generated. Bundle meta-data (MANIFEST.MF, plugin.xml, build.properties and the model
 * bundle's plugin.properties) is maintained by hand and never written, see {@link MetadataPreservingAdapterFactory}.
 *
 * <p>Usage: <code>GenerateModelCode BUNDLES_DIR PROJECT/PATH/TO/MODEL.genmodel</code>, normally through generate.sh.
 */
public final class GenerateModelCode
{
  private static final String ECORE_PLUGIN = "org.eclipse.emf.ecore";

  private GenerateModelCode()
  {
  }

  public static void main(String[] args) throws Exception
  {
    if (args.length < 2)
    {
      System.err.println("usage: GenerateModelCode BUNDLES_DIR PROJECT/PATH/TO/MODEL.genmodel");
      System.exit(2);
    }
    Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
    String genModelPath = args[1];
    System.exit(run(bundles, genModelPath) ? 0 : 1);
  }

  static boolean run(Path bundles, String genModelPath) throws Exception
  {
    mapProjects(bundles);
    ResourceSet resourceSet = createResourceSet();

    URI genModelURI = URI.createPlatformResourceURI(genModelPath, true);
    Resource genModelResource = resourceSet.getResource(genModelURI, true);
    EcoreUtil.resolveAll(resourceSet);
    if (!reportProblems(resourceSet))
    {
      return false;
    }
    GenModel genModel = (GenModel)genModelResource.getContents().get(0);

    // Bring the GenModel in line with the Ecore files, like "Reload" in the GenModel editor.
    genModel.reconcile();
    saveGenModel(genModelResource);

    Diagnostic validation = genModel.diagnose();
    if (validation.getSeverity() != Diagnostic.OK)
    {
      print(validation, "");
    }
    if (validation.getSeverity() >= Diagnostic.ERROR)
    {
      return false;
    }

    genModel.setCanGenerate(true);
    Generator generator = new Generator();
    generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, MetadataPreservingAdapterFactory.DESCRIPTOR);
    generator.setInput(genModel);

    List<Diagnostic> results = new ArrayList<>();
    results.add(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
    results.add(generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));

    boolean ok = true;
    for (Diagnostic result : results)
    {
      if (result.getSeverity() != Diagnostic.OK)
      {
        print(result, "");
      }
      ok &= result.getSeverity() < Diagnostic.ERROR;
    }
    System.out.println("EMF generator wrote " + generator.getGeneratedOutputs().size() + " files"
      + (ok ? "" : " and reported errors"));
    return ok;
  }

  /**
   * Makes each folder under the bundles folder a "workspace project" of the same name, for the generator
   * and for EMF's stand-alone <code>platform:/resource</code> handling.
   */
  private static void mapProjects(Path bundles) throws Exception
  {
    Map<String, URI> platformResourceMap = EcorePlugin.getPlatformResourceMap();
    try (var children = Files.list(bundles))
    {
      children.filter(Files::isDirectory).sorted().forEach(dir ->
        platformResourceMap.put(dir.getFileName().toString(), URI.createFileURI(dir.toString() + File.separator)));
    }
  }

  private static ResourceSet createResourceSet() throws URISyntaxException
  {
    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);

    // A GenModel saved by Eclipse may list Ecore's own GenModel among its used GenPackages, as
    // platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel: that file is in the org.eclipse.emf.ecore jar.
    // (factcheck.genmodel does not: Ecore's types are found without it, and it would make the edit bundle depend on
    // org.eclipse.emf.ecore.edit.)
    URI ecoreJar = URI.createFileURI(new File(EcorePackage.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath());
    resourceSet.getURIConverter().getURIMap()
      .put(URI.createPlatformPluginURI(ECORE_PLUGIN + "/", false), URI.createURI("archive:" + ecoreJar + "!/"));
    return resourceSet;
  }

  /**
   * Saves the GenModel, but only if reconciling changed it, so that an unchanged file keeps its bytes and time stamp.
   */
  private static void saveGenModel(Resource genModelResource) throws Exception
  {
    Map<Object, Object> options = Map.of(
      XMLResource.OPTION_ENCODING, "UTF-8",
      XMLResource.OPTION_LINE_WIDTH, 80,
      Resource.OPTION_LINE_DELIMITER, "\n");
    ByteArrayOutputStream serialized = new ByteArrayOutputStream();
    genModelResource.save(serialized, options);
    Path file = Path.of(EcorePlugin.resolvePlatformResourcePath(genModelResource.getURI().toPlatformString(true)).toFileString());
    if (!Arrays.equals(serialized.toByteArray(), Files.readAllBytes(file)))
    {
      Files.write(file, serialized.toByteArray());
      System.out.println("Updated " + file);
    }
  }

  private static boolean reportProblems(ResourceSet resourceSet)
  {
    boolean ok = true;
    for (Resource resource : resourceSet.getResources())
    {
      for (Resource.Diagnostic error : resource.getErrors())
      {
        System.err.println("ERROR " + resource.getURI() + ": " + error.getMessage());
        ok = false;
      }
      for (Resource.Diagnostic warning : resource.getWarnings())
      {
        System.err.println("WARNING " + resource.getURI() + ": " + warning.getMessage());
      }
    }
    return ok;
  }

  private static void print(Diagnostic diagnostic, String indent)
  {
    String severity = switch (diagnostic.getSeverity())
    {
      case Diagnostic.ERROR -> "ERROR";
      case Diagnostic.WARNING -> "WARNING";
      case Diagnostic.CANCEL -> "CANCEL";
      default -> "INFO";
    };
    if (diagnostic.getMessage() != null)
    {
      System.err.println(indent + severity + ": " + diagnostic.getMessage());
    }
    if (diagnostic.getException() != null)
    {
      diagnostic.getException().printStackTrace();
    }
    for (Diagnostic child : diagnostic.getChildren())
    {
      print(child, indent + "  ");
    }
  }
}
