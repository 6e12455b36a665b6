from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from digikunta import views

urlpatterns = i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path(_("about/"), views.AboutView.as_view(), name="about"),
    path(_("privacy/"), views.PrivacyView.as_view(), name="privacy"),
    path("admin/", admin.site.urls),
    path("", include("network.urls")),
    path("", include("registrations.urls")),
)
