"""What a degradable phase answers when its calls fail: built in code from its request, in
any language, with the offline designer's rules (services/kit), never a model call."""

from __future__ import annotations

from google.protobuf.message import Message
from sitefarm.v1 import artifacts_pb2, phases_pb2

from services.kit import seo
from services.kit.brief_text import plain_text
from services.kit.placeholder import placeholder_image


def default_seo(request: Message) -> artifacts_pb2.SeoStrategy:
    """Plain meta tags from the brief's own words and the page plan, cut to the limits the
    offline planner keeps, for when the SEO phase fails."""
    assert isinstance(request, phases_pb2.PlanSeoRequest)
    brief = request.brief
    name = plain_text(brief.business_name)
    description = seo.fit_description([brief.description], [])
    strategy = artifacts_pb2.SeoStrategy(
        site_name=name, site_description=description, schema_type=seo.schema_type(brief)
    )
    for page in request.page_plan.pages:
        title = plain_text(page.title)
        if page.slug == "index":
            page_title = seo.page_title(name)
            meta = description
        else:
            page_title = seo.name_title(title, name)
            meta = seo.fit_description([page.purpose], [description])
        keywords = (plain_text(w) for w in (brief.industry, brief.location, page.title))
        strategy.pages.add(
            slug=page.slug,
            title=page_title,
            meta_description=meta,
            keywords=list(dict.fromkeys(k for k in keywords if k)),
        )
    return strategy


def placeholder(request: Message) -> artifacts_pb2.GeneratedImage:
    """A rendered placeholder in the site's palette, for when an image fails."""
    assert isinstance(request, phases_pb2.GenerateImageRequest)
    return placeholder_image(request.image, request.style_system)
