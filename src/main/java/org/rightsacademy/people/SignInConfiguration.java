package org.rightsacademy.people;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through our own Faces page ({@code /login.xhtml}). A protected page visited without a
 * session redirects there and, after sign-in, back to where the person was going. Which pages need
 * which role is declared in one place: the security constraints of web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"LEARNER", "TRAINER", "COORDINATOR", "ADMIN"})
@ApplicationScoped
public class SignInConfiguration {}
