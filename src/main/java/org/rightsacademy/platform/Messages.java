package org.rightsacademy.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Faces messages from the bundles, in the language of the page. */
@RequestScoped
public class Messages {

  @Inject private FacesContext faces;

  /** The text of a bundle key in the page's language, with {0}-style arguments filled in. */
  public String text(String key, Object... arguments) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
  }

  /** Keeps the next messages across a redirect ("Post, Redirect, Get"). */
  public Messages flash() {
    faces.getExternalContext().getFlash().setKeepMessages(true);
    return this;
  }

  public void info(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /** A warning: shown, but nothing was refused. */
  public void warn(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_WARN, key, arguments);
  }

  public void error(String clientId, String key, Object... arguments) {
    add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  private void add(
      String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    faces.addMessage(clientId, new FacesMessage(severity, text, text));
  }
}
