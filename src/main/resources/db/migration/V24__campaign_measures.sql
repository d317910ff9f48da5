-- The result measures a campaign counts (cadres adjusted, new operating projects, ...), chosen per campaign.

create table campaign_measure (
    campaign_id bigint      not null references campaign (id) on delete cascade,
    measure     varchar(40) not null,
    primary key (campaign_id, measure),
    constraint campaign_measure_chk check (measure in ('CADRES_ADJUSTED', 'NEW_OPERATING_PROJECTS', 'PETITIONS_RESOLVED',
                                                       'COMMITMENTS_FULFILLED', 'PROBLEMS_RESOLVED'))
);

create table campaign_measure_aud (
    campaign_id bigint      not null,
    measure     varchar(40) not null,
    rev         integer     not null references revinfo (rev),
    revtype     smallint,
    primary key (campaign_id, measure, rev)
);
create index campaign_measure_aud_rev_idx on campaign_measure_aud (rev);

-- Campaigns made before measures could be chosen keep the three results every campaign showed.
insert into campaign_measure (campaign_id, measure)
select c.id, m.measure from campaign c
cross join (values ('CADRES_ADJUSTED'), ('NEW_OPERATING_PROJECTS'), ('PETITIONS_RESOLVED')) as m (measure);
