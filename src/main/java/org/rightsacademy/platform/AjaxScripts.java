package org.rightsacademy.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.behavior.ClientBehaviorHolder;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.List;

/**
 * OmniFaces' {@code <o:form>} (which our forms use for {@code useRequestURI}: the page's own
 * address with its query string stays the form's target) always asks for {@code omnifaces.js},
 * whose only use here is the form's partial submit of Ajax requests. A page without Ajax (every
 * learner page: a lesson, a quiz, an attempt, joining) does not load it; a page with {@code
 * <f:ajax>} or PrimeFaces components keeps it. Registered in faces-config.xml for every view,
 * before it is rendered.
 */
public class AjaxScripts implements SystemEventListener {

  static final String LIBRARY = "omnifaces";
  static final String SCRIPT = "omnifaces.js";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  @Override
  public void processEvent(SystemEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot view = faces.getViewRoot();
    if (view == null || faces.getPartialViewContext().isAjaxRequest() || usesAjax(faces, view)) {
      return;
    }
    for (String target : List.of("head", "body", "form")) {
      for (UIComponent resource : List.copyOf(view.getComponentResources(faces, target))) {
        if (SCRIPT.equals(resource.getAttributes().get("name"))
            && LIBRARY.equals(resource.getAttributes().get("library"))) {
          view.removeComponentResource(faces, resource, target);
        }
      }
    }
  }

  /** Any Ajax behaviour ({@code f:ajax}) or PrimeFaces component, rendered or not. */
  private static boolean usesAjax(FacesContext faces, UIViewRoot view) {
    boolean[] found = {false};
    view.visitTree(
        VisitContext.createVisitContext(faces),
        (context, component) -> {
          if (component instanceof ClientBehaviorHolder holder
                  && !holder.getClientBehaviors().isEmpty()
              || component.getClass().getName().startsWith("org.primefaces.")) {
            found[0] = true;
            return VisitResult.COMPLETE;
          }
          return VisitResult.ACCEPT;
        });
    return found[0];
  }
}
