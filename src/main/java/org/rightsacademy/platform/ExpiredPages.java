package org.rightsacademy.platform;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A form sent with a page state the server no longer holds (the session ended, or the page was open
 * too long) is the client's stale request, not a server failure: 400 with the "page has expired"
 * page, and no stack trace in the log. Ajax requests are left to the handler below (OmniFaces'
 * FullAjaxExceptionHandler), which shows the same page.
 */
public class ExpiredPages extends ExceptionHandlerFactory {

  static final String VIEW = "/errors/expired.xhtml";

  public ExpiredPages(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            events.hasNext(); ) {
          if (expired(events.next().getContext().getException())) {
            events.remove();
            show(faces);
          }
        }
      }
      getWrapped().handle();
    }

    private static boolean expired(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof ViewExpiredException) {
          return true;
        }
      }
      return false;
    }

    private static void show(FacesContext faces) {
      UIViewRoot page = faces.getApplication().getViewHandler().createView(faces, VIEW);
      faces.setViewRoot(page);
      faces.getExternalContext().setResponseStatus(400);
      faces.renderResponse();
    }
  }
}
