BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force

    # Items nested in a topic, tag or custom gallery carry the rate limits of their own response too.
    filter ConvertTo-ComparableDeep { ($_ | ConvertTo-Comparable) -replace '"RateLimit":\{[^{}]*\}', '"RateLimit":null' }
}

Describe 'Set-ImgurGalleryTag' {
    BeforeEach {
        Reset-Emulator
        Clear-EmulatorRequest
    }

    It 'needs a signed-in user and says so before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Set-ImgurGalleryTag -GalleryId abc1234 -Tag cats -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Where-Object path -Like '/3/gallery/tags/*' | Should -BeNullOrEmpty
    }

    It 'takes gallery items by property name and sends nothing with -WhatIf' {
        $null = Connect-TestImgur -AsUser
        $items = Get-ImgurGallery | Select-Object -First 2
        Clear-EmulatorRequest
        $items | Set-ImgurGalleryTag -Tag cats, aww -WhatIf
        Get-EmulatorRequest | Where-Object method -EQ POST | Should -BeNullOrEmpty
    }

    Context 'against TG-07 (POST /3/gallery/tags/{id})' {
        It 'replaces the tags of a gallery item' {
            $null = Connect-TestImgur -AsUser
            $item = Get-ImgurGalleryItem EmuGal1
            Clear-EmulatorRequest
            $item | Set-ImgurGalleryTag -Tag cats, history
            (Get-EmulatorRequest | Where-Object method -EQ POST).path | Should -Be "/3/gallery/tags/$($item.Id).json"
            ($item | Get-ImgurGalleryTag).Name | Sort-Object | Should -Be @('cats', 'history')
        }

        It 'with -PassThru writes the gallery item with its new tags' {
            $null = Connect-TestImgur -AsUser
            $item = Get-ImgurGalleryItem EmuGal1
            $passed = $item | Set-ImgurGalleryTag -Tag cats, history -PassThru
            $passed.GalleryId | Should -Be $item.Id
            $passed.Tags.Name | Sort-Object | Should -Be @('cats', 'history')
        }

        It 'writes a permission error for another user''s post' {
            $null = Connect-TestImgur -AsUser
            { Set-ImgurGalleryTag -GalleryId EmuFrd1 -Tag cats -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurForbidden*'
        }
    }
}

Describe 'Get-ImgurTag, Get-ImgurTagGallery and Get-ImgurGalleryTag' {
    It 'has the List and ByName sets, and the Listing and ById sets' {
        (Get-Command Get-ImgurTag).ParameterSets.Name | Should -Be @('List', 'ByName')
        (Get-Command Get-ImgurTagGallery).ParameterSets.Name | Should -Be @('Listing', 'ById')
    }

    Context 'against TG-01..TG-05 (GET /3/tags, /3/gallery/tag_info/{tag}, /3/gallery/t/{tag}[...], /3/gallery/{id}/tags)' {
        BeforeEach {
            Reset-Emulator
            $null = Connect-TestImgur
            Clear-EmulatorRequest
        }

        It 'lists the default tags, or the whole listing with -AsTagList' {
            $tags = Get-ImgurTag
            $tags | Should -Not -BeNullOrEmpty
            $tags[0] | Should -BeOfType ImgurPS.Models.ImgurTag
            $tags.Id | Should -Not -Contain $null
            (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be '/3/tags.json'

            $list = Get-ImgurTag -AsTagList
            $list | Should -BeOfType ImgurPS.Models.ImgurTagList
            $list.Tags.Name | Should -Be $tags.Name
        }

        It 'describes tags by name' {
            $name = (Get-ImgurTag | Select-Object -First 1).Name
            Clear-EmulatorRequest
            $tag = $name | Get-ImgurTag
            $tag.Name | Should -Be $name
            $tag.Items | Should -BeNullOrEmpty
            (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/gallery/tag_info/$name.json"
        }

        It 'pipes tags into their galleries by TagName, writing gallery items' {
            $tag = Get-ImgurTag | Select-Object -First 1
            Clear-EmulatorRequest

            $items = $tag | Get-ImgurTagGallery

            $items | Should -Not -BeNullOrEmpty
            $items[0].GalleryId | Should -Not -BeNullOrEmpty
            (Get-EmulatorRequest | Select-Object -Last 1).path | Should -Be "/3/gallery/t/$($tag.Name)/viral/week/0.json"
            (Get-ImgurTagGallery $tag.Name -GalleryId $items[0].Id).Id | Should -Be $items[0].Id
        }

        It 'writes the tag with the page in Items with -IncludeTag' {
            $name = (Get-ImgurTag | Select-Object -First 1).Name
            $tag = Get-ImgurTagGallery $name -IncludeTag
            $tag | Should -BeOfType ImgurPS.Models.ImgurTag
            $tag.Items | Should -Not -BeNullOrEmpty
        }

        It 'streams -All: Select-Object -First 3 makes one request' {
            $name = (Get-ImgurTag | Select-Object -First 1).Name
            Clear-EmulatorRequest
            $null = Get-ImgurTagGallery $name -All | Select-Object -First 3
            @(Get-EmulatorRequest | Where-Object path -Like '/3/gallery/t/*') | Should -HaveCount 1
        }

        It 'writes the tag votes of gallery items, with their gallery id' {
            $item = Get-ImgurGallery | Where-Object Tags | Select-Object -First 1
            $votes = $item | Get-ImgurGalleryTag
            $votes | Should -Not -BeNullOrEmpty
            $votes[0] | Should -BeOfType ImgurPS.Models.ImgurTagVote
            $votes.GalleryId | Sort-Object -Unique | Should -Be $item.Id
            ($votes.Name | Sort-Object) | Should -Be ($item.Tags.Name | Sort-Object)
        }

        It 'gives the same objects in the XML form' {
            $name = (Get-ImgurTag | Select-Object -First 1).Name
            (Get-ImgurTag $name -Format Xml | ConvertTo-ComparableDeep) | Should -Be (Get-ImgurTag $name | ConvertTo-ComparableDeep)
            (Get-ImgurTagGallery $name -Format Xml | ConvertTo-ComparableDeep) | Should -Be (Get-ImgurTagGallery $name | ConvertTo-ComparableDeep)
            (Get-ImgurTag -AsTagList -Format Xml | ConvertTo-ComparableDeep) | Should -Be (Get-ImgurTag -AsTagList | ConvertTo-ComparableDeep)
            # EmuGalA has one tag: the XML list of one must still read as a list.
            foreach ($id in 'EmuGal1', 'EmuGalA') {
                @(Get-ImgurGalleryTag $id -Format Xml | ConvertTo-ComparableDeep) | Should -Be @(Get-ImgurGalleryTag $id | ConvertTo-ComparableDeep)
            }
        }

        It 'writes a not-found error for an unknown tag' {
            { Get-ImgurTag NoSuchTagAtAll -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurNotFound*'
        }
    }
}
