from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from blogparade.core.login import (
    PasswordChangeView,
    PasswordResetView,
    ThrottledAuthenticationForm,
)
from blogparade.parades import dashboard, reading_views

urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(
            redirect_authenticated_user=True, authentication_form=ThrottledAuthenticationForm
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", PasswordChangeView.as_view(), name="password-change"),
    path("password/reset/", PasswordResetView.as_view(), name="password-reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="dashboard/password_reset_sent.html"
        ),
        name="password-reset-sent",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="dashboard/password_reset_confirm.html",
            success_url=reverse_lazy("dashboard:password-reset-done"),
        ),
        name="password-reset-confirm",
    ),
    path(
        "password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="dashboard/password_reset_done.html"
        ),
        name="password-reset-done",
    ),
    path("", dashboard.home, name="home"),
    path("new/", dashboard.parade_new, name="parade-new"),
    path("preview/", dashboard.preview, name="preview"),
    path("preview/page/", dashboard.page_preview, name="page-preview"),
    path("p/<slug:slug>/preview/", dashboard.page_preview, name="parade-page-preview"),
    path("profile/", dashboard.profile, name="profile"),
    path("p/<slug:slug>/edit/", dashboard.parade_edit, name="parade-edit"),
    path("p/<slug:slug>/share/", dashboard.parade_share, name="parade-share"),
    path("p/<slug:slug>/reading/", reading_views.reading_list, name="reading"),
    path(
        "p/<slug:slug>/reading/<int:item_id>/",
        reading_views.reading_item,
        name="reading-item",
    ),
    path("p/<slug:slug>/share/site/", dashboard.parade_register_site, name="parade-register-site"),
    path("p/<slug:slug>/close/", dashboard.parade_close, name="parade-close"),
    path("p/<slug:slug>/reopen/", dashboard.parade_reopen, name="parade-reopen"),
]
