"""Articles and case studies: published lists, folded search, writes with stable slugs."""
from sqlalchemy import select
from sqlalchemy.orm import defer, joinedload, selectinload

from ..extensions import db
from ..models import Article, CaseStudy, Product
from ..models.base import utcnow
from ..models.content import PUBLISHED
from .slugs import unique_slug
from .text import search_words

WRITABLE = {
    Article: ("title", "content", "excerpt", "image_url"),
    CaseStudy: ("title", "summary", "content", "cover_image_url", "before_image_url", "after_image_url"),
}


class UnknownProducts(Exception):
    def __init__(self, product_ids):
        super().__init__(product_ids)
        self.product_ids = product_ids


def published(model, q=None):
    """Published articles or case studies matching q, newest first."""
    query = select(model).options(*_listed(model)).where(model.status == PUBLISHED)
    return _matching(query, model, q).order_by(model.published_at.desc(), model.id.desc())


def everything(model, status=None, q=None):
    """Every article or case study, drafts included, last created first."""
    query = select(model).options(*_listed(model)).order_by(model.id.desc())
    if status:
        query = query.where(model.status == status)
    return _matching(query, model, q)


def _listed(model):
    """Lists show summaries: the long columns stay in the database."""
    return [defer(model.content, raiseload=True), defer(model.search_text, raiseload=True)]


def _matching(query, model, q):
    for word in search_words(q or ""):
        query = query.where(model.search_text.contains(word))
    return query


def find_published_article(slug):
    return db.session.scalar(select(Article).where(Article.slug == slug, Article.status == PUBLISHED))


def find_published_case_study(slug):
    """A published case study with its active products (and their categories) loaded."""
    products = selectinload(CaseStudy.products.and_(Product.is_active)).joinedload(Product.category)
    query = select(CaseStudy).where(CaseStudy.slug == slug, CaseStudy.status == PUBLISHED)
    return db.session.scalar(query.options(products).execution_options(populate_existing=True))


def find_case_study(case_study_id):
    """Any case study with all its products (and their categories) loaded."""
    products = selectinload(CaseStudy.products).joinedload(Product.category)
    query = select(CaseStudy).where(CaseStudy.id == case_study_id)
    return db.session.scalar(query.options(products).execution_options(populate_existing=True))


def create_article(data, author):
    article = Article(slug=unique_slug(Article, data["title"]), author_id=author.id,
                      author_name=author.full_name)
    _write(article, data)
    db.session.add(article)
    db.session.commit()
    return article


def update_article(article, data):
    _write(article, data)
    db.session.commit()
    return article


def create_case_study(data):
    products = _products(data["product_ids"])
    case_study = CaseStudy(slug=unique_slug(CaseStudy, data["title"]), products=products)
    _write(case_study, data)
    db.session.add(case_study)
    db.session.commit()
    return find_case_study(case_study.id)


def update_case_study(case_study, data):
    """Apply a partial update; the products are checked before anything changes."""
    if "product_ids" in data:
        case_study.products = _products(data["product_ids"])
    _write(case_study, data)
    db.session.commit()
    return find_case_study(case_study.id)


def delete(item):
    db.session.delete(item)
    db.session.commit()


def _write(item, data):
    model = type(item)
    for name in WRITABLE[model]:
        if name in data:
            setattr(item, name, data[name])
    if "status" in data:
        item.status = data["status"]
        if item.status == PUBLISHED and item.published_at is None:
            item.published_at = utcnow()


def _products(product_ids):
    """The products of product_ids; UnknownProducts names the ids that do not exist."""
    wanted = list(dict.fromkeys(product_ids))
    if not wanted:
        return []
    found = db.session.scalars(
        select(Product).where(Product.id.in_(wanted)).options(joinedload(Product.category))).all()
    missing = sorted(set(wanted) - {product.id for product in found})
    if missing:
        raise UnknownProducts(missing)
    return found
