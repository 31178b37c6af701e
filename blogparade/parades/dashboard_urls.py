from django.contrib.auth import views as auth_views
from django.urls import path

from blogparade.core.login import ThrottledAuthenticationForm
from blogparade.parades import dashboard

urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(
            redirect_authenticated_user=True, authentication_form=ThrottledAuthenticationForm
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", dashboard.home, name="home"),
    path("new/", dashboard.parade_new, name="parade-new"),
    path("preview/", dashboard.preview, name="preview"),
    path("profile/", dashboard.profile, name="profile"),
    path("p/<slug:slug>/edit/", dashboard.parade_edit, name="parade-edit"),
    path("p/<slug:slug>/share/", dashboard.parade_share, name="parade-share"),
    path("p/<slug:slug>/share/site/", dashboard.parade_register_site, name="parade-register-site"),
    path("p/<slug:slug>/close/", dashboard.parade_close, name="parade-close"),
    path("p/<slug:slug>/reopen/", dashboard.parade_reopen, name="parade-reopen"),
]
