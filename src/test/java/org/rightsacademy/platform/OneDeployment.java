package org.rightsacademy.platform;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One deployment for every integration test class of a test JVM: with Payara Micro each deployment
 * is a server process of its own (20–40 s to boot), so the first Arquillian test class deploys
 * {@link Deployments#suite()} (the shipped WAR with every test class, {@link Fixtures}' servlet and
 * {@link StatementCount}) and every later class runs on that same deployment — its scenario, and so
 * its {@code ProtocolMetaData}: in-container tests and {@code @ArquillianResource URL} work as with
 * a deployment of their own. The server is undeployed (its process ends) after the last class.
 *
 * <p>Test classes therefore declare no {@code @Deployment}; they only {@code
 * ExtendWith(ArquillianExtension.class)}. Registered in
 * META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension. The idea is that of the
 * arquillian-suite-extension (org.eu.ingwar.tools), written for JUnit 5 and this Arquillian.
 */
public final class OneDeployment implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Deployer.class);
  }

  /** The deployment every class shares: its scenario is generated for this class only. */
  @Deployment
  public static WebArchive deployment() {
    return Deployments.suite();
  }

  /** Generates and deploys the shared scenario once, hands it to every class, undeploys at end. */
  public static final class Deployer {

    @Inject private Instance<ClassContext> classContext;

    @Inject @ClassScoped private InstanceProducer<DeploymentScenario> classScenario;

    @Inject private Event<GenerateDeployment> generate;

    @Inject private Event<UnDeployManagedDeployments> undeploy;

    /** The one scenario, made when the first test class asked for its own. */
    private DeploymentScenario shared;

    private boolean deployed;

    private boolean undeploying;

    public void generate(@Observes EventContext<GenerateDeployment> event) {
      if (event.getEvent().getTestClass().getJavaClass() == OneDeployment.class) {
        event.proceed();
      } else if (shared == null) {
        // The scenario lands in the current (first) test class's context, as its own would.
        generate.fire(new GenerateDeployment(new TestClass(OneDeployment.class)));
        shared = classScenario.get();
      } else {
        classScenario.set(shared);
      }
    }

    public void deploy(@Observes EventContext<DeployManagedDeployments> event) {
      if (!deployed) {
        event.proceed();
        deployed = true;
      }
    }

    /** After each class: nothing; the deployment stays for the next class. */
    public void keep(@Observes EventContext<UnDeployManagedDeployments> event) {
      if (undeploying) {
        event.proceed();
      }
    }

    /** Before the containers stop: the one undeployment, which ends the server's process. */
    public void undeployAtEnd(@Observes(precedence = 100) AfterSuite event) {
      if (shared == null || !deployed) {
        return;
      }
      classContext.get().activate(OneDeployment.class);
      try {
        classScenario.set(shared);
        undeploying = true;
        undeploy.fire(new UnDeployManagedDeployments());
      } finally {
        undeploying = false;
        deployed = false;
        classContext.get().deactivate();
        classContext.get().destroy(OneDeployment.class);
      }
    }
  }
}
